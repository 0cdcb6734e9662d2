### Textos da interface em português. O que faltar aqui aparece em inglês.
# unreviewed
language-name = Português

# How numbers are written (Portuguese writes 1.234): ten digits, the mark between groups of three,
# and the fewest digits a number has before it is grouped.
-numerals-digits = 0123456789
-numerals-group = .
-numerals-grouped-from = 4

# unreviewed
skip-to-content = Ir para o conteúdo
# unreviewed
search-label = Pesquisar no espaço
# unreviewed
search-button = Pesquisar
# unreviewed
language-label = Idioma
# unreviewed
language-button = Mudar
# unreviewed
nav-account = Conta
# unreviewed
nav-sign-in = Entrar
# unreviewed
nav-home = Início
# unreviewed
nav-site = Site
# unreviewed
nav-wiki = Wiki
# unreviewed
nav-members = Membros
# unreviewed
nav-notifications = Notificações
# unreviewed
nav-review = Revisão
# unreviewed
nav-admin = Administração
# unreviewed
breadcrumbs-label = Você está aqui
# unreviewed
footer-licence = Salvo indicação em contrário na página, o seu conteúdo é partilhado sob
# unreviewed
footer-powered = Funciona com Braid, software livre para comunidades de prática.

# unreviewed
home-lede = Um espaço de conhecimento partilhado sobre segurança organizacional integral: digital, física, jurídica e de bem-estar, em conjunto. Escrito por quem a pratica, para as pessoas e organizações que acompanha.
# unreviewed
home-empty = Este espaço ainda não tem secções.
# unreviewed
group-phase = Fases do acompanhamento
# unreviewed
group-practice = Em todas as fases
# unreviewed
group-community = A nossa comunidade

# unreviewed
section-no-pages = Ainda não foi escrita nenhuma página nesta secção.
# unreviewed
sections-title = Secções
# unreviewed
sections-lede = As secções são o nível superior do espaço. A sua ordem aqui é a ordem na página inicial, dentro de cada grupo. O endereço de uma secção mantém-se quando ela muda de nome.
# unreviewed
sections-move-up = Subir
# unreviewed
sections-move-down = Descer
# unreviewed
sections-remove = Remover
# unreviewed
sections-describe = Título, descrição e grupo
# unreviewed
sections-field-summary = Descrição
# unreviewed
sections-field-group = Listada em
# unreviewed
sections-new = Nova secção
# unreviewed
sections-add = Adicionar a secção
# unreviewed
sections-manage = Gerir secções
# unreviewed
problem-section-not-empty = Esta secção ainda contém páginas. Mova-as primeiro para outra secção, restaurando as que estiverem na reciclagem.
# unreviewed
pager-label = Outras secções
# unreviewed
pager-previous = Anterior:
# unreviewed
pager-next = Seguinte:

# unreviewed
search-title = Pesquisa
# unreviewed
search-hint = Escreva uma ou duas palavras na caixa de pesquisa acima.
# unreviewed
search-result-count = { $count ->
    [0] Nada encontrado.
    [one] Um resultado.
   *[other] { $count } resultados.
}

# unreviewed
sign-in-title = Entrar
# unreviewed
sign-in-invitation-only = Entra-se neste espaço por convite: um membro garante cada pessoa nova.

# unreviewed
error-reference = Referência para quem administra:
# unreviewed
error-status = estado
# unreviewed
error-home = Ir para a página inicial
# unreviewed
error-400-title = Não foi possível compreender o pedido
# unreviewed
error-400-text = Faltava algo no pedido ou estava mal formado. Volte atrás, verifique o que escreveu e tente de novo.
# unreviewed
error-403-title = Não permitido
# unreviewed
error-403-text = Não pode fazer isso aqui. Se chegou através de uma ligação noutro site, abra este espaço diretamente e tente de novo.
# unreviewed
error-403-pending-text = A sua adesão aguarda aprovação. Até ser aprovada (ou, quando a comunidade o pede, até outro membro o garantir), pode ler mas não alterar nada.
# unreviewed
error-403-second-factor-text = Uma das suas funções exige um segundo fator. Configure uma aplicação de autenticação na página da sua conta e tente de novo.
# unreviewed
error-403-role-text = A sua função não permite isto. Se acha que devia permitir, pergunte a uma pessoa administradora.
# unreviewed
error-404-title = Página não encontrada
# unreviewed
error-404-text = Não há nada neste endereço. Pode ter sido movido, ou a ligação pode ter um erro.
# unreviewed
error-405-title = Não é possível aqui
# unreviewed
error-405-text = Este endereço não aceita esse tipo de pedido.
# unreviewed
error-409-title = Alterado entretanto
# unreviewed
error-409-text = Alguém alterou isto enquanto trabalhava nele. Volte atrás, recarregue a página para ver a versão mais recente e tente de novo.
# unreviewed
error-413-title = Demasiado grande
# unreviewed
error-413-text = O que enviou excede o que este espaço aceita.
# unreviewed
error-422-title = Não foi possível compreender o pedido
# unreviewed
error-422-text = Faltava algo no formulário ou estava mal formado. Volte atrás, verifique o que escreveu e tente de novo.
# unreviewed
error-500-title = Algo correu mal do nosso lado
# unreviewed
error-500-text = Não é culpa sua. Tente de novo daqui a pouco; se continuar a acontecer, dê a referência abaixo a quem administra.
# unreviewed
error-503-title = Temporariamente indisponível
# unreviewed
error-503-text = O espaço não consegue responder agora. Tente de novo dentro de alguns minutos.

# unreviewed
nav-sign-out = Sair
# unreviewed
field-handle = Nome de utilizador
# unreviewed
field-password = Palavra-passe
# unreviewed
field-display-name = Nome apresentado
# unreviewed
field-pronouns = Pronomes
# unreviewed
field-languages = Línguas que fala
# unreviewed
field-region = Região
# unreviewed
sign-in-button = Entrar
# unreviewed
sign-in-failed = Não funcionou. Verifique o seu nome de utilizador e a sua palavra-passe. Após várias tentativas falhadas, a entrada espera alguns minutos antes de tentar de novo.

# unreviewed
join-title = Junte-se à comunidade
# unreviewed
join-invited-by = { $handle } convidou-o e garante-o.
# unreviewed
join-invited = Foi convidado a juntar-se.
# unreviewed
join-handle-hint = O nome que os outros veem. Um pseudónimo é bem-vindo. Letras e algarismos de um só alfabeto, com . _ ou - entre eles.
# unreviewed
join-password-hint = Pelo menos 15 caracteres. Algumas palavras comuns formam uma palavra-passe forte e fácil de lembrar.
# unreviewed
join-optional = Opcional: partilhe só o que quer que os outros vejam
# unreviewed
join-accept = Li e aceito as
# unreviewed
join-guidelines-link = regras da comunidade e o código de conduta
# unreviewed
join-button = Juntar-me
# unreviewed
join-handle-taken = Esse nome de utilizador já existe. Escolha outro, por favor.
# unreviewed
join-closed-title = Este convite não pode ser usado
# unreviewed
join-closed-used = Já foi usado. Cada convite admite uma só pessoa.
# unreviewed
join-closed-expired = Expirou, ou o membro que o enviou retirou-o.
# unreviewed
join-closed-unknown = Não há nenhum convite neste endereço. Verifique se copiou a ligação completa.
# unreviewed
join-closed-next = Peça um novo convite ao membro que o convidou.

# unreviewed
welcome-title = Boas-vindas
# unreviewed
welcome-lede = Agora é membro. Explore com calma; ninguém espera que contribua de imediato.
# unreviewed
welcome-guidelines = Leia como trabalhamos em conjunto
# unreviewed
welcome-explore = Explorar o espaço
# unreviewed
welcome-account = A sua conta e a sua segurança

# unreviewed
account-title = A sua conta
# unreviewed
profile-title = O seu perfil
# unreviewed
profile-lede = O que os outros membros veem junto ao seu nome de utilizador na lista de membros. Tudo é opcional: partilhe só aquilo com que se sente confortável.
# unreviewed
profile-saved = O seu perfil foi guardado.
# unreviewed
invite-open-title = Convites ainda abertos
# unreviewed
invite-open-none = Nenhum convite aguarda ser usado.
# unreviewed
invite-open-expires = Válido até
# unreviewed
invite-open-by = criado por { $handle }
# unreviewed
invite-withdraw = Retirar
# unreviewed
account-handle = Sessão iniciada como
# unreviewed
account-roles = Funções:
# unreviewed
account-sessions-link = Onde tem sessão iniciada
# unreviewed
account-invite-link = Convidar alguém de confiança
# unreviewed
account-events = Eventos de segurança recentes
# unreviewed
column-when = Quando
# unreviewed
column-event = Evento
# unreviewed
column-detail = Detalhe
# unreviewed
column-device = Navegador
# unreviewed
column-opened = Entrada
# unreviewed
column-last-seen = Última atividade
# unreviewed
column-actions = Ações

# unreviewed
sessions-title = Onde tem sessão iniciada
# unreviewed
sessions-lede = Se não reconhecer uma sessão, termine-a e mude a sua palavra-passe.
# unreviewed
sessions-this-one = esta
# unreviewed
sessions-revoke = Terminar
# unreviewed
sessions-revoke-others = Sair em todos os outros locais

# unreviewed
invite-title = Convidar alguém
# unreviewed
invite-lede = Um convite é a sua garantia: convide só pessoas que conhece e em quem confia para trabalhar com quem está em risco. A ligação funciona uma vez, durante sete dias.
# unreviewed
invite-note = Quem é, e porque a convida? (fica registado)
# unreviewed
invite-role = Função ao entrar
# unreviewed
invite-button = Criar convite
# unreviewed
invite-too-many = Tem tantos convites abertos quanto um membro pode ter. Espere até que um seja usado ou expire.
# unreviewed
invite-created-title = Convite criado
# unreviewed
invite-created-lede = Envie esta ligação à pessoa por um canal de confiança. Só é mostrada uma vez.
# unreviewed
invite-link = Ligação do convite
# unreviewed
invite-expires = Funciona até { $date }.

# unreviewed
account-two-factor-link = Segundo fator (aplicação de autenticação, chaves de acesso)
# unreviewed
field-code = Código
# unreviewed
field-current-password = A sua palavra-passe atual
# unreviewed
sign-in-code-title = Só mais um passo
# unreviewed
sign-in-code-lede = Introduza o código de seis algarismos da sua aplicação de autenticação.
# unreviewed
sign-in-code-hint = Perdeu o seu dispositivo? Introduza antes um dos seus códigos de recuperação.
# unreviewed
sign-in-code-wrong = { $tries ->
    [one] Esse código não funcionou. Resta uma tentativa; depois vai precisar de novo da palavra-passe.
   *[other] Esse código não funcionou. Restam { $tries } tentativas; depois vai precisar de novo da palavra-passe.
}
# unreviewed
sign-in-code-wait = { $minutes ->
    [one] Demasiados códigos errados para esta conta. Espere um minuto e tente de novo.
   *[other] Demasiados códigos errados para esta conta. Espere { $minutes } minutos e tente de novo.
}
# unreviewed
sign-in-code-recovery-lede = Ou introduza um dos seus códigos de recuperação.
# unreviewed
sign-in-code-passkey = Use a sua chave de acesso
# unreviewed
sign-in-code-or-code = Ou use um código
# unreviewed
passkey-use-button = Usar a minha chave de acesso
# unreviewed
passkey-browser-failed = A chave de acesso não respondeu, ou o pedido foi cancelado. Carregue no botão para tentar de novo.
# unreviewed
passkey-wrong-address = As chaves de acesso só funcionam no endereço público deste espaço, { $address }, e esta página está aberta noutro. Abra o espaço em { $address } para usar uma chave de acesso.
# unreviewed
passkey-needs-javascript = As chaves de acesso precisam de JavaScript neste navegador. A sua palavra-passe e os seus códigos funcionam sem ele.
# unreviewed
passkey-sign-in-button = Entrar com uma chave de acesso
# unreviewed
passkey-sign-in-title = Entrar com uma chave de acesso
# unreviewed
passkey-sign-in-lede = Carregue no botão e escolha a sua chave de acesso para este espaço. O seu dispositivo vai pedir o PIN, a impressão digital ou o rosto.
# unreviewed
passkey-add-title = Adicionar uma chave de acesso
# unreviewed
passkey-add-lede = Carregue no botão e siga o seu navegador: vai criar uma chave de acesso neste dispositivo ou numa chave de segurança, protegida pelo PIN, pela impressão digital ou pelo rosto.
# unreviewed
passkey-already-registered = Essa chave de acesso já está registada.
# unreviewed
passkeys-title = Chaves de acesso
# unreviewed
passkeys-lede = Uma chave de acesso permite entrar com o bloqueio de ecrã deste dispositivo ou com uma chave de segurança, sem a palavra-passe; também serve de segundo passo depois da palavra-passe. Os sites de phishing não a podem usar.
# unreviewed
passkeys-name = Nome
# unreviewed
passkeys-name-hint = Para distinguir as suas chaves de acesso, p. ex. «portátil» ou «chave azul».
# unreviewed
passkeys-added = Adicionada
# unreviewed
passkeys-last-used = Último uso
# unreviewed
passkeys-never = nunca
# unreviewed
passkeys-remove-title = Remover uma chave de acesso
# unreviewed
passkeys-add-title = Adicionar uma chave de acesso
# unreviewed
passkeys-add-button = Adicionar uma chave de acesso
# unreviewed
passkeys-unavailable = As chaves de acesso precisam que este espaço seja acedido por um nome (o seu endereço público é um endereço IP).
# unreviewed
problem-passkey-failed = A chave de acesso não respondeu como esperado. Tente de novo.
# unreviewed
problem-passkey-wrong-address = Esta página foi aberta num endereço diferente do endereço público do espaço, por isso as chaves de acesso não funcionam aqui. Abra o espaço no seu endereço público (quem administra define-o como public_url) e tente de novo.
# unreviewed
problem-passkeys-unavailable = As chaves de acesso precisam que este espaço seja acedido por um nome, não por um endereço IP.
# unreviewed
two-factor-title = Segundo fator
# unreviewed
two-factor-on = Uma aplicação de autenticação protege a sua conta: para entrar são precisos a palavra-passe e um código da aplicação.
# unreviewed
two-factor-off = Adicione uma aplicação de autenticação (como Aegis, FreeOTP ou qualquer aplicação que leia códigos TOTP) para que uma palavra-passe roubada não baste para abrir a sua conta.
# unreviewed
two-factor-codes-left = { $count ->
    [one] Resta um código de recuperação por usar.
   *[other] Restam { $count } códigos de recuperação por usar.
}
# unreviewed
two-factor-start-button = Adicionar uma aplicação de autenticação
# unreviewed
two-factor-remove-title = Remover a aplicação de autenticação
# unreviewed
two-factor-remove-button = Remover
# unreviewed
two-factor-enrol-title = Adicione a sua aplicação de autenticação
# unreviewed
two-factor-enrol-scan = Leia este código com a aplicação:
# unreviewed
two-factor-qr-alt = Código QR com o seu segredo de autenticação
# unreviewed
two-factor-enrol-type = Ou escreva este segredo na aplicação:
# unreviewed
two-factor-enrol-confirm = Introduza o código que a aplicação mostra agora, para confirmar.
# unreviewed
two-factor-confirm-button = Confirmar
# unreviewed
two-factor-codes-title = Os seus códigos de recuperação
# unreviewed
two-factor-codes-lede = Cada código permite entrar uma vez se perder o seu dispositivo. Anote-os ou imprima-os agora e guarde-os num lugar seguro: não voltarão a ser mostrados.

# unreviewed
members-title = Diretório de membros
# unreviewed
members-lede = Os membros só mostram aqui o que escolheram partilhar ao entrar.
# unreviewed
members-filter-language = Idioma
# unreviewed
members-filter-region = Região
# unreviewed
members-filter-button = Filtrar
# unreviewed
members-none = Nenhum membro corresponde.
# unreviewed
admin-members-title = Gerir membros
# unreviewed
admin-members-lede = As mudanças de função e as suspensões ficam no registo de auditoria e terminam as sessões do membro.
# unreviewed
column-member = Membro
# unreviewed
column-status = Estado
# unreviewed
column-roles = Funções
# unreviewed
admin-role-label = Função
# unreviewed
admin-until-label = Último dia (opcional)
# unreviewed
admin-role-button = Atribuir função
# unreviewed
admin-reason-label = Motivo (fica registado)
# unreviewed
admin-suspend-button = Suspender
# unreviewed
admin-reinstate-button = Readmitir

# unreviewed
password-title = Mude a sua palavra-passe
# unreviewed
field-new-password = Nova palavra-passe
# unreviewed
password-sign-out-elsewhere = Sair em todos os outros locais
# unreviewed
password-button = Mudar a palavra-passe
# unreviewed
password-changed = A sua palavra-passe foi mudada.

# unreviewed
admin-approve-button = Aprovar
# unreviewed
admin-audit-title = Eventos de segurança de todos os membros
# unreviewed
account-pending = A sua adesão aguarda aprovação. Pode ler tudo o que os membros leem; poderá escrever, comentar e convidar assim que for aprovada.
# unreviewed
role-member = membro
# unreviewed
role-editor = editor
# unreviewed
role-facilitator = facilitador
# unreviewed
role-response_team = equipa de resposta
# unreviewed
role-admin = administrador
# unreviewed
account-failed-attempts = { $count ->
    [one] Houve uma tentativa falhada de entrar na sua conta desde a última vez que entrou. Se não foi você, alguém pode estar a tentar adivinhar a sua palavra-passe: adicione um segundo fator.
   *[other] Houve { $count } tentativas falhadas de entrar na sua conta desde a última vez que entrou. Se não foi você, alguém pode estar a tentar adivinhar a sua palavra-passe: adicione um segundo fator.
}
# unreviewed
account-failed-second-factor = { $count ->
    [one] Desde a última vez que entrou, a sua palavra-passe foi introduzida corretamente uma vez, seguida de um código de segundo fator errado. Se não foi você, alguém conhece a sua palavra-passe: mude-a agora.
   *[other] Desde a última vez que entrou, a sua palavra-passe foi introduzida corretamente, seguida de um código de segundo fator errado, { $count } vezes. Se não foi você, alguém conhece a sua palavra-passe: mude-a agora.
}
# unreviewed
column-actor = Por

# unreviewed
export-link = Descarregar os seus dados (JSON)
# unreviewed
delete-title = Eliminar a sua conta
# unreviewed
delete-lede = O seu perfil, sessões, segundos fatores e registo de segurança são eliminados. O que escreveu para a comunidade fica, atribuído a «antigo membro». Não é possível anular.
# unreviewed
delete-understood = Compreendo que não é possível anular
# unreviewed
delete-confirm-needed = Marque a caixa para confirmar.
# unreviewed
delete-button = Eliminar a minha conta

# unreviewed
admin-second-factor-legend = Exigir um segundo fator para
# unreviewed
admin-second-factor-button = Guardar
# unreviewed
admin-second-factor-confirm-title = Isto também o obrigaria a si
# unreviewed
admin-second-factor-confirm-text = Ainda não tem segundo fator. Assim que isto for guardado, não poderá fazer nada com estas suas funções até adicionar um:
# unreviewed
admin-second-factor-confirm-button = Exigir mesmo assim
# unreviewed
admin-second-factor-set-up-first = Configurar primeiro o meu segundo fator
# unreviewed
admin-role-until = até { $date }
# unreviewed
member-status-active = ativo
# unreviewed
member-status-pending = a aguardar aprovação
# unreviewed
member-status-suspended = suspenso
# unreviewed
account-second-factor-required = A sua função exige um segundo fator. Até adicionar um, só pode gerir a sua própria conta.

# unreviewed
members-pending-title = A aguardar uma segunda garantia
# unreviewed
members-pending-lede = Estas pessoas recém-chegadas foram convidadas e aguardam que outro membro as garanta. Garanta só pessoas que conhece e em quem confia.
# unreviewed
members-vouched-by = garantida por
# unreviewed
members-vouch-button = Eu garanto esta pessoa

# unreviewed
problem-empty = Preencha { $field }, por favor.
# unreviewed
problem-too-long = { $field } é demasiado longo: { $max } caracteres no máximo.
# unreviewed
problem-guidelines-not-accepted = Aceite as regras da comunidade e o código de conduta para se juntar.
# unreviewed
problem-password-is-handle = Não use o seu nome de utilizador como palavra-passe.
# unreviewed
problem-control-characters = Remova os caracteres de controlo e de mudança de direção.
# unreviewed
problem-code-mismatch = Esse código não corresponde. Verifique a hora do seu dispositivo e experimente o código seguinte.
# unreviewed
problem-wrong-current-password = Essa não é a sua palavra-passe atual.
# unreviewed
problem-review-state-unknown = O Braid não conhece esse estado de revisão.
# unreviewed
problem-handle-reserved = Esse nome de utilizador está reservado para o próprio espaço, para que ninguém se faça passar pela sua equipa. Escolha outro.
# unreviewed
problem-handle-lookalike = Esse nome de utilizador parece-se com o de outro membro. Escolha um que se leia de forma diferente.
# unreviewed
problem-current-password-wait = Demasiadas palavras-passe erradas para esta conta. Espere alguns minutos e tente de novo.
# unreviewed
problem-password-common = Essa palavra-passe está entre as mais comuns, que os atacantes experimentam primeiro. Escolha outra.
# unreviewed
problem-password-guessable = Essa palavra-passe é demasiado fácil de adivinhar.
# unreviewed
problem-term-in-past = O fim do mandato tem de ser no futuro.
# unreviewed
problem-password-short = Use pelo menos 15 caracteres. Algumas palavras comuns formam uma boa palavra-passe.
# unreviewed
problem-handle-short = Use pelo menos 2 caracteres.
# unreviewed
problem-password-short-with-second-factor = Use pelo menos 8 caracteres.
# unreviewed
problem-handle-characters = Use letras e algarismos, com um só . _ ou - entre eles.
# unreviewed
problem-handle-one-script = Use letras de um só alfabeto.
# unreviewed
problem-unknown-role = Escolha membro, editor, facilitador, equipa de resposta ou administrador.
# unreviewed
problem-cannot-suspend-self = Não se pode suspender a si próprio.
# unreviewed
field-note = Nota
# unreviewed
field-reason = Motivo
# unreviewed
problem-unknown-group = Grupo de secções desconhecido.
# unreviewed
problem-unknown-status = Estado de conta desconhecido.
# unreviewed
problem-slug-characters = Use letras minúsculas e algarismos separados por hífenes simples.
# unreviewed
problem-job-kind-characters = Use letras minúsculas, algarismos e sublinhados.

# unreviewed
section-pages = Páginas
# unreviewed
section-parts = Partes da lista desta secção
# unreviewed
section-part = Páginas { $from } a { $to } de { $total }
# unreviewed
section-earlier = Páginas anteriores
# unreviewed
section-later = Páginas seguintes
# unreviewed
page-new = Nova página
# unreviewed
page-tree-label = Páginas desta secção
# unreviewed
page-tree-more = { $count ->
    [one] Mais uma página…
   *[other] Mais { $count } páginas…
}
# unreviewed
page-old-revision = Está a ler a revisão { $number }, não a mais recente.
# unreviewed
page-see-latest = Ver a mais recente.
# unreviewed
revision-suppressed-notice = Esta revisão está suprimida: só as pessoas administradoras a podem ver, em qualquer lado.
# unreviewed
revision-suppress = Suprimir esta revisão
# unreviewed
revision-suppress-lede = Use isto quando este texto expôs algo (um endereço, um nome). Ninguém além das pessoas administradoras voltará a ver esta revisão: nem no histórico, nas diferenças, nas alterações recentes, nos feeds ou nas exportações. O texto publicado não pode ser suprimido: retire primeiro a parte exposta editando a página, depois suprima cada revisão anterior que ainda a contenha.
# unreviewed
revision-suppress-reason = Porquê (fica no registo de auditoria)
# unreviewed
revision-suppress-button = Suprimir
# unreviewed
problem-revision-is-published = Este é o texto que os leitores veem. Retire primeiro a parte exposta editando a página, depois suprima esta revisão.
# unreviewed
event-revision_suppressed = Revisão suprimida
# unreviewed
visibility-public = Pública: qualquer pessoa a pode ler
# unreviewed
visibility-members = Só membros
# unreviewed
visibility-editors = Só editores
# unreviewed
page-edit = Editar
# unreviewed
page-history = Histórico
# unreviewed
page-more-actions = Mais
# unreviewed
page-toc = Índice
# unreviewed
page-licence = Este texto é partilhado sob
# unreviewed
page-contributors = Escrito por
# unreviewed
links-here-title = O que liga para aqui
# unreviewed
links-here-none = Ainda nenhuma página liga para esta.
# unreviewed
export-source = A versão mais recente está em
# unreviewed
page-revision-line = Revisão
# unreviewed
page-conflict = Alguém guardou esta página enquanto a editava, e algumas das suas alterações tocam nas mesmas linhas. Nada foi guardado. As duas versões estão no texto abaixo entre os marcadores <<<<<<< yours, ======= e >>>>>>> saved meanwhile: mantenha o que pertence, retire os marcadores e guarde de novo.
# unreviewed
page-conflict-title = Também mudaram o título, para:
# unreviewed
page-preview = Pré-visualização
# unreviewed
field-title = Título
# unreviewed
field-text = Texto
# unreviewed
page-markdown-hint = Markdown: # títulos, **negrito**, *itálico*, [ligações](https://…), [[Título da página]] para outra página, - listas, | tabelas | e notas de rodapé[^1].
# unreviewed
field-summary = Resumo da sua alteração
# unreviewed
field-visibility = Quem a pode ler
# unreviewed
page-visibility-button = Mudar quem a pode ler
# unreviewed
page-preview-button = Pré-visualizar
# unreviewed
page-save-button = Guardar
# unreviewed
page-exists = Já existe uma página com este título nesta secção. Escolha outro título ou edite essa página.
# unreviewed
history-caption = Revisões, da mais recente para a mais antiga. Escolha duas para comparar.
# unreviewed
history-from = De
# unreviewed
history-to = Para
# unreviewed
history-revision = Revisão
# unreviewed
history-when = Guardada
# unreviewed
history-who = Por
# unreviewed
history-lines = Linhas
# unreviewed
history-actions = Ações
# unreviewed
history-restore = Restaurar
# unreviewed
history-suppressed = suprimida
# unreviewed
history-compare = Comparar
# unreviewed
history-compare-side = Comparar lado a lado
# unreviewed
diff-title = Alterações
# unreviewed
diff-between = Entre as revisões
# unreviewed
diff-inline = Mostrar numa coluna
# unreviewed
diff-side = Mostrar lado a lado
# unreviewed
diff-title-changed = Título alterado:
# unreviewed
diff-none = Estas revisões têm o mesmo texto.
# unreviewed
diff-removed = retirado:
# unreviewed
diff-added = acrescentado:
# unreviewed
diff-line = Linha
# unreviewed
problem-unknown-visibility = Escolha quem a pode ler: público, membros ou editores.
# unreviewed
problem-title-needs-letters = Use pelo menos uma letra ou um algarismo no título.
# unreviewed
problem-conflict-markers = O texto ainda tem marcadores de conflito (<<<<<<<, =======, >>>>>>>). Mantenha o que pertence e retire-os.

# unreviewed
recent-title = Alterações recentes
# unreviewed
recent-feed = Feed das alterações públicas (Atom)
# unreviewed
recent-section = Secção
# unreviewed
recent-all-sections = Todas as secções
# unreviewed
recent-person = Membro
# unreviewed
recent-filter = Mostrar
# unreviewed
recent-none = Nenhuma alteração corresponde.
# unreviewed
recent-diff = alterações
# unreviewed
recent-new = página nova
# unreviewed
nav-recent = Alterações recentes

# unreviewed
page-delete = Mover para a reciclagem
# unreviewed
page-deleted-while-editing = Um editor moveu esta página para a reciclagem enquanto a editava. Nada foi guardado; o seu texto está abaixo, para o poder copiar ou pedir a um editor que restaure a página.
# unreviewed
bin-title = Reciclagem
# unreviewed
bin-lede = Páginas que os editores eliminaram. Restaurar uma trá-la de volta com todo o seu histórico.
# unreviewed
bin-empty = A reciclagem está vazia.
# unreviewed
bin-deleted = Eliminada
# unreviewed
problem-page-has-children = Mova ou elimine primeiro as suas subpáginas.
# unreviewed
problem-page-parent-deleted = Restaure primeiro a página de que esta depende.

# unreviewed
comments-title = Conversa
# unreviewed
comments-none = Ainda não há comentários.
# unreviewed
comment-edited = editado
# unreviewed
comment-resolved = resolvido
# unreviewed
comment-deleted = Este comentário foi eliminado.
# unreviewed
comment-reply = Responder
# unreviewed
comment-reply-button = Responder
# unreviewed
comment-edit = Editar comentário
# unreviewed
comment-text = Comentário (Markdown)
# unreviewed
comment-save = Guardar comentário
# unreviewed
comment-delete = Eliminar
# unreviewed
comment-resolve = Marcar como resolvido
# unreviewed
comment-reopen = Reabrir
# unreviewed
comment-new = Adicione um comentário (Markdown)
# unreviewed
comment-add-button = Comentar

# unreviewed
page-move = Mover
# unreviewed
page-move-lede = A página move-se com as suas subpáginas. O endereço antigo continua a funcionar.
# unreviewed
page-move-parent = Debaixo de que página
# unreviewed
page-move-top = No topo da secção
# unreviewed
page-move-parent-hint = Páginas da secção atual desta página; para a colocar debaixo de uma página de outra secção, mova-a primeiro para essa secção.
# unreviewed
page-move-taken = Já existe uma página com o mesmo endereço nessa secção.
# unreviewed
page-earlier = Subir
# unreviewed
page-later = Descer
# unreviewed
problem-page-under-itself = Uma página não pode ficar debaixo de si própria nem das suas subpáginas.

# unreviewed
page-export-markdown = Markdown
# unreviewed
page-export-html = Ficheiro HTML

# unreviewed
review-title = Fila de revisão
# unreviewed
review-lede = As edições de membros que ainda não são de confiança aguardam aqui; os leitores veem o último texto aprovado até um editor aprovar.
# unreviewed
review-empty = Nada aguarda revisão.
# unreviewed
review-trust = Confiar também neste membro: as suas próximas edições não precisam de revisão
# unreviewed
review-approve = Aprovar
# unreviewed
review-note = Porque é devolvida (o autor vê isto no histórico)
# unreviewed
review-send-back = Devolver
# unreviewed
review-superseded = A página mudou entretanto; veja de novo a sua revisão mais recente.
# unreviewed
page-pending = Uma revisão mais recente aguarda revisão.
# unreviewed
page-pending-see = Vê-la.
# unreviewed
page-pending-this = Esta revisão aguarda revisão: os leitores ainda não a veem.

# unreviewed
labels-title = Etiquetas
# unreviewed
labels-none = Ainda nenhuma página tem etiqueta.
# unreviewed
field-labels = Etiquetas
# unreviewed
field-labels-hint = Separadas por vírgulas, p. ex. precisa de revisão, exercício, guia de ferramenta.
# unreviewed
recent-label = Etiqueta
# unreviewed
page-template = Começar a partir de um modelo
# unreviewed
page-template-use = Usá-lo
# unreviewed
templates-title = Modelos
# unreviewed
templates-lede = As páginas novas podem começar a partir destes. Os editores mantêm-nos atualizados.
# unreviewed
templates-new = Novo modelo
# unreviewed
template-exists = Já existe um modelo com este nome.
# unreviewed
problem-label-characters = Use letras, algarismos, espaços e hífenes nas etiquetas, com vírgulas entre elas.
# unreviewed
problem-too-many-labels = Use no máximo 12 etiquetas.

# unreviewed
attachments-title = Ficheiros
# unreviewed
attachment-waiting = aguarda revisão
# unreviewed
attachment-snippet = Markdown para o mostrar na página
# unreviewed
review-files = Ficheiros em espera
# unreviewed
review-files-page = a sua página
# unreviewed
attachment-file = Anexar um ficheiro
# unreviewed
attachment-hint = Imagens, PDF, documentos de escritório ou texto, até { $mib } MB. As imagens perdem a localização, os dados da câmara, os comentários e tudo o que estiver escondido depois da imagem. Os PDF perdem os nomes de autor, criador e programa, mesmo quando comprimidos (exceto em codificações raras). Os documentos de escritório perdem as propriedades (autor, último editor, empresa, modelo, datas), mas os nomes nas alterações registadas e nos comentários dentro do texto ficam: retire-os primeiro no seu programa de escritório.
# unreviewed
attachment-upload = Anexar
# unreviewed
attachment-choose = Escolha um ficheiro para anexar.
# unreviewed
problem-file-kind = Anexe imagens (PNG, JPEG, GIF, WebP), PDF, documentos de escritório ou texto.
# unreviewed
problem-file-damaged = Essa imagem está danificada.

# unreviewed
page-watch = Seguir
# unreviewed
page-unwatch = Deixar de seguir
# unreviewed
section-watch = Seguir a secção
# unreviewed
section-unwatch = Deixar de seguir a secção
# unreviewed
page-review-by = Verificar de novo este conselho até
# unreviewed
page-review-by-field = Rever até
# unreviewed
notifications-title = Notificações
# unreviewed
notifications-none = Nada de novo.
# unreviewed
notifications-read = Marcar tudo como lido
# unreviewed
notifications-new = novo
# unreviewed
notification-page-changed = Alterada:
# unreviewed
notification-comment = Novo comentário em
# unreviewed
notification-review-due = A rever:
# unreviewed
notification-second-factor-guessing = Alguém introduziu corretamente a sua palavra-passe e depois vários códigos de segundo fator errados. Se não foi você, alguém conhece a sua palavra-passe: mude-a agora. Os códigos seguintes só são verificados após uma espera cada vez maior.
# unreviewed
due-title = A rever
# unreviewed
due-lede = Os conselhos de segurança ficam desatualizados. Estas páginas devem ser verificadas de novo em breve, ou já deviam ter sido.
# unreviewed
due-none = Nenhuma página tem revisão prevista nos próximos 30 dias.
# unreviewed
due-overdue = em atraso
# unreviewed
problem-date-format = Use uma data como 2027-03-31.

# unreviewed
page-how-to-contribute = Como contribuir
# unreviewed
section-licence = Licença das páginas desta secção
# unreviewed
problem-unknown-licence = Escolha CC BY-SA 4.0, CC BY 4.0 ou CC0.

# unreviewed
wanted-title = Páginas pedidas
# unreviewed
wanted-lede = Páginas para as quais há ligações mas que ainda não foram escritas. Escreva uma: as ligações passam a funcionar de imediato.
# unreviewed
wanted-none = Todas as páginas ligadas existem.
# unreviewed
wanted-from = ligada a partir de
# unreviewed
wanted-more-pages = { $count ->
    [one] e mais uma página
   *[other] e mais { $count } páginas
}
# unreviewed
wanted-more-titles = { $count ->
    [one] Mais uma página pedida, ligada a partir de menos páginas, não está listada.
   *[other] Mais { $count } páginas pedidas, ligadas a partir de menos páginas, não estão listadas.
}
# unreviewed
field-language = Idioma do texto
# unreviewed
problem-unknown-language = Escolha um dos idiomas da lista.
# unreviewed
search-syntax = Use "aspas" para uma frase, um asterisco para o início de uma palavra (segur*) e um sinal de menos para excluir uma palavra (-android).
# unreviewed
search-facets = Refinar os resultados
# unreviewed
search-incomplete = O índice de pesquisa ainda está a ser reconstruído após uma atualização ou um restauro, por isso podem faltar páginas nestes resultados durante alguns minutos.
# unreviewed
search-facet-language = Idioma
# unreviewed
search-facet-section = Secção
# unreviewed
search-facet-label = Etiqueta
# unreviewed
search-facet-kind = Tipo
# unreviewed
search-facet-any = Qualquer
# unreviewed
search-kind-page = Página
# unreviewed
search-kind-comment = Comentário
# unreviewed
search-pages = Mais resultados
# unreviewed
search-previous = Resultados anteriores
# unreviewed
search-next = Resultados seguintes
# unreviewed
search-sections = Secções
# unreviewed
search-suggestions = Sugestões

# Eventos de segurança, pelos seus nomes estáveis.
# unreviewed
event-other = Evento de segurança
# unreviewed
event-account_created = Conta criada
# unreviewed
event-account_deleted = Conta eliminada
# unreviewed
event-activated = Tornou-se membro de pleno direito
# unreviewed
event-invitation_created = Convite criado
# unreviewed
event-invitation_withdrawn = Convite retirado
# unreviewed
event-joined = Entrou
# unreviewed
event-passkey_added = Chave de acesso adicionada
# unreviewed
event-passkey_removed = Chave de acesso removida
# unreviewed
event-password_changed = Palavra-passe mudada
# unreviewed
event-password_check_failed = Palavra-passe atual errada
# unreviewed
event-policy_changed = Regra alterada
# unreviewed
event-profile_changed = Perfil alterado
# unreviewed
event-reinstated = Readmitido
# unreviewed
event-role_changed = Função alterada
# unreviewed
event-role_lapsed = Fim do mandato da função
# unreviewed
event-sealing_key_recorded = Chave dos segredos registada
# unreviewed
event-second_factor_failed = Código de segundo fator errado
# unreviewed
event-second_factor_refused = Segundo fator recusado
# unreviewed
event-session_revoked = Sessão terminada
# unreviewed
event-sign_in_failed = Entrada falhada
# unreviewed
event-sign_in_refused = Entrada recusada
# unreviewed
event-signed_in = Entrou na sessão
# unreviewed
event-signed_in_with_recovery_code = Entrou com um código de recuperação
# unreviewed
event-signed_out = Saiu da sessão
# unreviewed
event-signed_out_everywhere = Saiu em todos os locais
# unreviewed
event-suspended = Suspenso
# unreviewed
event-totp_enabled = Aplicação de autenticação adicionada
# unreviewed
event-totp_removed = Aplicação de autenticação removida
# unreviewed
event-vouched = Garantido

# Detalhes dos eventos de segurança; $role e $roles já vêm por extenso.
# unreviewed
event-detail-account_created = Criada por quem administra o servidor, como { $role }
# unreviewed
event-detail-invitation_created = Para a entrada de uma pessoa como { $role }; nota: { $note }
# unreviewed
event-detail-invitation_withdrawn = Era para a entrada de uma pessoa como { $role }
# unreviewed
event-detail-joined = Entrou por convite, como { $role }
# unreviewed
event-detail-sign_in_refused = { $why ->
    [locked] A entrada com palavra-passe está desligada após demasiadas falhas
    [suspended] A conta está suspensa
    [passkey] A chave de acesso «{ $name }» foi recusada
   *[waiting] Tentativa durante a espera após falhas
  }
# unreviewed
event-detail-sign_in_failed = Palavra-passe errada ({ $count } seguidas)
# unreviewed
event-detail-second_factor_failed = { $how ->
    [recovery] Código de recuperação errado
   *[code] Código de autenticação errado
  }
# unreviewed
event-detail-second_factor_refused = Tentativa durante a espera após códigos errados
# unreviewed
event-detail-password_check_failed = Antes de uma alteração de segurança ({ $count } seguidas)
# unreviewed
event-detail-signed_in = { $how ->
    [passkey] Com a chave de acesso «{ $name }»
    [code] Com palavra-passe e código de autenticação
    [recovery] Com palavra-passe e um código de recuperação
    [passkey-second] Com palavra-passe e uma chave de acesso
   *[password] Com palavra-passe
  }
# unreviewed
event-detail-totp_enabled = { $codes } códigos de recuperação emitidos
# unreviewed
event-detail-passkey_added = «{ $name }»{ $codes ->
    [none] {""}
   *[other] ; { $codes } códigos de recuperação emitidos
  }
# unreviewed
event-detail-passkey_removed = «{ $name }»
# unreviewed
event-detail-policy_changed = Segundo fator exigido para: { $roles }
# unreviewed
event-detail-nobody = ninguém
# unreviewed
event-detail-signed_out_everywhere = { $which ->
    [others] Todas as outras sessões
   *[all] Todas as sessões
  }
# unreviewed
event-detail-role_changed = { $until ->
    [none] { $role }
   *[other] { $role } até { $until }
  }
# unreviewed
event-detail-role_lapsed = { $role } terminou em { $until }
# unreviewed
event-detail-reinstated = { $how ->
    [role] Aprovado com uma função
   *[other] Readmitido
  }
# unreviewed
event-detail-suspended = Motivo: { $reason }
# unreviewed
event-detail-vouched = Garantido por { $handle }
# unreviewed
event-detail-activated = { $count } garantias
# unreviewed
event-detail-sealing_key_recorded = Os segredos são selados com uma chave guardada fora da base de dados
# unreviewed
event-detail-account_deleted = Um membro eliminou a sua conta
# unreviewed
event-detail-revision_suppressed = Revisão { $revision } de { $page }: { $reason }

# A página de estado do espaço (administração).
# unreviewed
admin-status-title = O trabalho de fundo do espaço
# unreviewed
admin-status-lede = Depois de cada alteração, o espaço atualiza o seu índice de pesquisa e avisa quem segue, em segundo plano. Aqui vê até onde chegou cada uma destas tarefas e se algo falhou.
# unreviewed
admin-status-followers = Trabalho que segue cada alteração
# unreviewed
admin-status-failed-jobs = Tarefas que falharam de vez
# unreviewed
admin-status-no-failed-jobs = Nenhuma tarefa falhou.
# unreviewed
admin-status-no-error = Nenhum
# unreviewed
column-follower = Trabalho
# unreviewed
column-applied-up-to = Feito até à alteração
# unreviewed
column-behind = Alterações em espera
# unreviewed
column-last-error = Último erro
# unreviewed
column-job = Tarefa
# unreviewed
column-attempts = Tentativas
# unreviewed
follower-search = Índice de pesquisa
# unreviewed
follower-notifications = Notificações a quem segue
# unreviewed
job-prune_finished_jobs = Limpar tarefas terminadas e passos de entrada expirados
# unreviewed
job-lapse_role_terms = Terminar as funções cujo mandato acabou
# unreviewed
job-remind_reviews = Lembrar quem segue das páginas a rever
# unreviewed
job-unknown = Uma tarefa que esta versão não conhece

# Datas. Os meses como se escrevem dentro de uma data; a hora é UTC.
# unreviewed
month-1 = janeiro
# unreviewed
month-2 = fevereiro
# unreviewed
month-3 = março
# unreviewed
month-4 = abril
# unreviewed
month-5 = maio
# unreviewed
month-6 = junho
# unreviewed
month-7 = julho
# unreviewed
month-8 = agosto
# unreviewed
month-9 = setembro
# unreviewed
month-10 = outubro
# unreviewed
month-11 = novembro
# unreviewed
month-12 = dezembro
# unreviewed
date-time = { $day } de { $month } de { $year }, { $time } UTC

# unreviewed
page-translate = Traduzir
# unreviewed
page-languages = Esta página noutras línguas
# unreviewed
translation-of = Tradução de
# unreviewed
translation-update = Atualizar a tradução
# unreviewed
translation-review-button = Marcar como revista por uma segunda pessoa
# unreviewed
translation-state-missing = Em falta
# unreviewed
translation-state-draft = Rascunho
# unreviewed
translation-state-outdated = Desatualizada
# unreviewed
translation-state-up-to-date = Atualizada
# unreviewed
translation-state-reviewed = Revista
# unreviewed
translate-choose-lede = Escolha a língua para a qual traduzir esta página. A sua tradução fica ligada a ela: quando mudar, os parágrafos alterados são-lhe assinalados.
# unreviewed
translate-lede = Cada parágrafo do original está ao lado da sua tradução. Traduza o que puder: um parágrafo deixado vazio mostra aos leitores as palavras do original até alguém o traduzir.
# unreviewed
translate-changed-count = { $count ->
    [one] Um parágrafo do original mudou desde que esta tradução foi feita: está assinalado.
   *[other] { $count } parágrafos do original mudaram desde que esta tradução foi feita: estão assinalados.
}
# unreviewed
translate-changed = Alterado no original
# unreviewed
translate-was = O que dizia antes
# unreviewed
translate-paragraph-label = Tradução do parágrafo { $number }
# unreviewed
translate-empty-hint = Mantenha o Markdown como no original: # títulos, **negrito**, [ligações](…) e [[títulos de página]] (escreva o título da página na sua língua quando existir).
# unreviewed
translate-draft = Ainda não está terminada: mantê-la como rascunho
# unreviewed
translate-save = Guardar a tradução
# unreviewed
translations-title = Traduções
# unreviewed
translations-lede = Até onde chegou cada língua: páginas por traduzir, traduções a atualizar porque o original mudou e as que uma segunda pessoa reviu.
# unreviewed
translations-language = Língua
# unreviewed
translations-show = Mostrar
# unreviewed
translations-none = Ainda não há páginas para traduzir para esta língua.
# unreviewed
translations-done = Traduzidas e atualizadas:
# unreviewed
translations-by-section = Traduções por secção
# unreviewed
translations-done-column = Feito
# unreviewed
translations-next = Traduzir a seguir
# unreviewed
translations-next-none = Nada à espera: todas as páginas estão traduzidas e atualizadas.
# unreviewed
translations-behind = { $count ->
    [one] o original mudou uma vez desde então
   *[other] o original mudou { $count } vezes desde então
}
# unreviewed
translations-linked-from = { $count ->
    [one] ligada a partir de uma página
   *[other] ligada a partir de { $count } páginas
}
# unreviewed
problem-translation-own-review = Uma segunda pessoa revê uma tradução, não quem a escreveu.
# unreviewed
problem-translation-same-language = Uma página não se traduz para a língua em que está escrita.
# unreviewed
percent = { $value }%
# unreviewed
translations-done-figure = { $done } de { $total } ({ $percent })

# unreviewed
glossary-title = Glossário
# unreviewed
glossary-lede = As palavras que esta comunidade traduz de uma só maneira, para que todas as páginas as digam igual. O editor de tradução mostra ao lado de cada parágrafo os termos que ele contém.
# unreviewed
glossary-none = Ainda não há termos.
# unreviewed
glossary-add-title = Adicionar ou alterar um termo
# unreviewed
glossary-keep = Manter tal como está (um nome, uma ferramenta)
# unreviewed
glossary-kept = mantém-se tal como está
# unreviewed
glossary-save = Guardar o termo
# unreviewed
glossary-remove = Remover
# unreviewed
field-term = Termo
# unreviewed
field-translation = Tradução
# unreviewed
translate-terms = Do glossário
# unreviewed
translate-suggestions = Traduzido antes
# unreviewed
translate-claim = Estou a traduzir isto (durante dois dias)
# unreviewed
translate-release = Deixei de traduzir isto
# unreviewed
translate-claimed-by = { $handle } está a traduzir isto até { $date }.
# unreviewed
translate-claimed-you = Está a traduzir isto até { $date }.
# unreviewed
sections-translations = Título e descrição noutras línguas
# unreviewed
sections-translations-hint = Quem lê numa língua vê o seu título e a sua descrição em vez dos da secção. Deixe o título vazio para os remover.
# unreviewed
translate-use = Usá-la

# unreviewed
nav-discussion = Discussão
# unreviewed
discussion-title = Discussão
# unreviewed
discussion-lede = Tópicos por categorias: leia-os e escreva neles aqui e, em breve, também por e-mail.
# unreviewed
discussion-none = Ainda não tem acesso a nenhuma categoria.
# unreviewed
discussion-threads = { $count ->
    [one] um tópico
   *[other] { $count } tópicos
}
# unreviewed
discussion-latest = última publicação
# unreviewed
discussion-older = Tópicos anteriores
# unreviewed
former-member = antigo membro
# unreviewed
category-new = Nova categoria
# unreviewed
category-settings = Definições da categoria
# unreviewed
category-save = Guardar a categoria
# unreviewed
category-watch = Seguir esta categoria
# unreviewed
category-unwatch = Deixar de seguir
# unreviewed
category-no-threads = Ainda não há nenhum tópico.
# unreviewed
category-readers-public = Qualquer pessoa a pode ler, com ou sem sessão.
# unreviewed
category-readers-members = Os membros podem lê-la.
# unreviewed
category-readers-roles = Só estes a podem ler: { $roles }.
# unreviewed
category-readers-chosen-roles = Só as funções assinaladas abaixo
# unreviewed
category-slug-hint = Parte do seu endereço e, mais tarde, do seu endereço de e-mail: minúsculas e algarismos separados por hífenes, p. ex. perguntas-a-comunidade.
# unreviewed
category-starters-readers = Todas as pessoas que a leem
# unreviewed
category-starters-facilitators = Só facilitadores (anúncios)
# unreviewed
category-moderation-first-posts = A primeira publicação de um membro espera por um facilitador
# unreviewed
category-moderation-all = Todas as publicações esperam por um facilitador
# unreviewed
category-moderation-none = Nenhuma publicação espera
# unreviewed
field-category-name = Nome
# unreviewed
field-category-slug = Nome curto
# unreviewed
field-category-description = Para que serve
# unreviewed
field-category-readers = Quem a pode ler
# unreviewed
field-starters = Quem pode abrir tópicos
# unreviewed
field-moderation = Moderação
# unreviewed
field-moderation-note = Nota
# unreviewed
field-thread-title = Título
# unreviewed
field-post = A sua publicação (Markdown)
# unreviewed
thread-new = Abrir um tópico
# unreviewed
thread-start = Abrir o tópico
# unreviewed
thread-posts = { $count ->
    [one] uma publicação
   *[other] { $count } publicações
}
# unreviewed
thread-solved = resolvido
# unreviewed
thread-locked = fechado
# unreviewed
thread-mute = Silenciar este tópico
# unreviewed
thread-unmute = Deixar de silenciar
# unreviewed
thread-lock = Fechar
# unreviewed
thread-unlock = Reabrir
# unreviewed
thread-reply = Responder
# unreviewed
thread-reply-button = Publicar a resposta
# unreviewed
thread-locked-notice = Este tópico está fechado: só os facilitadores podem publicar nele.
# unreviewed
post-held = à espera de um facilitador
# unreviewed
post-rejected = não publicada
# unreviewed
post-rejected-note = Nota de um facilitador:
# unreviewed
post-edited = editada
# unreviewed
post-solution = resposta
# unreviewed
post-quoting = Em resposta a
# unreviewed
post-deleted = Esta publicação foi eliminada.
# unreviewed
post-quote = Citar e responder
# unreviewed
post-edit = Editar a publicação
# unreviewed
post-edit-hint = Quem lê pode ver o que uma publicação dizia antes de cada edição.
# unreviewed
post-back = Voltar ao tópico
# unreviewed
post-mark-solution = Marcar como a resposta
# unreviewed
post-unmark-solution = Não é a resposta
# unreviewed
post-history = Versões anteriores de uma publicação
# unreviewed
post-history-now = Agora
# unreviewed
post-history-until = Até
# unreviewed
moderation-title = Publicações à espera de um facilitador
# unreviewed
moderation-lede = Aprove uma publicação para a publicar, ou rejeite-a com uma nota que só quem a escreveu vê. Cada decisão fica registada.
# unreviewed
moderation-none = Nada está à espera.
# unreviewed
moderation-starts = abre
# unreviewed
moderation-replies = responde em
# unreviewed
moderation-note = Nota para quem a escreveu (opcional)
# unreviewed
moderation-approve = Aprovar
# unreviewed
moderation-reject = Rejeitar
# unreviewed
notification-post = Nova publicação em
# unreviewed
problem-category-no-roles = Assinale pelo menos uma função que possa ler a categoria.
# unreviewed
problem-category-readers = Escolha quem pode ler a categoria.
# unreviewed
problem-category-slug-taken = Outra categoria tem este nome curto.
# unreviewed
problem-unknown-starters = Escolha quem pode abrir tópicos.
# unreviewed
problem-unknown-moderation = Escolha como as publicações são moderadas.

# unreviewed
field-delivery = Por e-mail
# unreviewed
delivery-every = Cada publicação
# unreviewed
delivery-web = Nada: leio na web
# unreviewed
delivery-save = Guardar
# unreviewed
delivery-to = O e-mail vai para
# unreviewed
delivery-no-address = A sua conta ainda não tem um endereço de e-mail confirmado, por isso nada lhe é enviado por e-mail.
# unreviewed
unsubscribe-title = Deixar de receber e-mail de uma categoria
# unreviewed
unsubscribe-lede = Deixar de receber por e-mail as publicações de «{ $category }»? Pode continuar a lê-las na web e voltar a escolher o e-mail na página da categoria.
# unreviewed
unsubscribe-button = Deixar de receber e-mail
# unreviewed
unsubscribe-done = Feito: as publicações de «{ $category }» já não lhe são enviadas por e-mail.
# unreviewed
mail-read-on-web = Leia o tópico e responda na web
# unreviewed
mail-stop = Deixar de receber estas mensagens
# unreviewed
follower-mail = E-mail aos membros que seguem por e-mail
# unreviewed
job-deliver_post = Enviar uma publicação por e-mail a um membro
# unreviewed
job-confirm_address = Enviar uma ligação para confirmar um endereço
# unreviewed
field-email = Endereço de e-mail
# unreviewed
problem-unknown-delivery = Escolha cada publicação, um resumo diário ou nada por e-mail.
# unreviewed
problem-email-address = Use um endereço como nome@example.org.

# unreviewed
email-title = Endereço de e-mail
# unreviewed
email-lede = Para onde o hub envia as publicações que segue por e-mail. Só você e o hub o veem; os outros membros nunca.
# unreviewed
email-current = O e-mail vai para
# unreviewed
email-none = Não tem nenhum endereço de e-mail aqui.
# unreviewed
email-requested = Foi enviada uma ligação para { $address }: o endereço será seu quando a abrir.
# unreviewed
email-sent = Enviámos uma ligação para { $address }. Abra-a dentro de dois dias para confirmar o endereço.
# unreviewed
email-hub-sends-none = Este hub não envia e-mail: a sua discussão está só na web.
# unreviewed
email-hint = Deixe vazio para remover o seu endereço.
# unreviewed
email-button = Guardar o endereço
# unreviewed
email-confirm-title = Confirmar um endereço de e-mail
# unreviewed
email-confirm-lede = Carregue no botão para confirmar que este endereço é seu.
# unreviewed
email-confirm-button = Confirmar o endereço
# unreviewed
email-confirmed = Confirmado: o e-mail vai agora para { $address }.
# unreviewed
mail-confirm-subject = Confirme o seu endereço para { $community }
# unreviewed
mail-confirm-body = Alguém com sessão iniciada como { $handle } pediu que este endereço receba e-mail do hub. Abra esta ligação para o confirmar (funciona durante dois dias):
# unreviewed
mail-confirm-not-you = Se não foi você, não faça nada: sem a ligação, este endereço não recebe nada.
# unreviewed
event-email_changed = Endereço de e-mail confirmado
# unreviewed
event-email_removed = Endereço de e-mail removido
# unreviewed
problem-email-unusable = Este endereço não pode ser usado. Escolha outro.
# unreviewed
post-folded = Texto citado e assinatura
# unreviewed
delivery-digest = Um resumo por dia
# unreviewed
mail-digest-author = Resumo diário
# unreviewed
mail-digest-subject = Resumo de { $date }
# unreviewed
job-send_digests = Preparar os resumos diários
# unreviewed
job-deliver_digest = Enviar um resumo diário a um membro
# unreviewed
email-stopped = O e-mail para este endereço voltou por entregar três vezes seguidas, por isso o hub deixou de lhe enviar. Guarde o endereço de novo (ou outro) e abra a ligação que enviarmos para recomeçar.
# unreviewed
notification-mail-stopped = O e-mail para o seu endereço voltou por entregar repetidamente, por isso o hub deixou de lhe enviar.
