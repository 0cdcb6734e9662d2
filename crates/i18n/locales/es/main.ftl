### Textos de la interfaz en español. Lo que falte aquí se muestra en inglés.
# unreviewed
language-name = Español

# How numbers are written (Spanish writes 1000 and 10.000): ten digits, the mark between groups of three,
# and the fewest digits a number has before it is grouped.
-numerals-digits = 0123456789
-numerals-group = .
-numerals-grouped-from = 5

# unreviewed
skip-to-content = Ir al contenido
# unreviewed
search-label = Buscar en el espacio
# unreviewed
search-button = Buscar
# unreviewed
language-label = Idioma
# unreviewed
language-button = Cambiar
# unreviewed
nav-account = Cuenta
# unreviewed
nav-sign-in = Iniciar sesión
# unreviewed
nav-home = Inicio
# unreviewed
nav-site = Sitio
# unreviewed
nav-wiki = Wiki
# unreviewed
nav-members = Miembros
# unreviewed
nav-notifications = Avisos
# unreviewed
nav-review = Revisión
# unreviewed
nav-admin = Administración
# unreviewed
breadcrumbs-label = Estás aquí
# unreviewed
footer-licence = Salvo que una página diga otra cosa, su contenido se comparte bajo
# unreviewed
footer-powered = Funciona con Braid, software libre para comunidades de práctica.

# unreviewed
home-lede = Un espacio de conocimiento compartido sobre seguridad organizacional integral: digital, física, jurídica y de bienestar, todo junto. Escrito por quienes la practican, para las personas y organizaciones a las que acompañan.
# unreviewed
home-empty = Este espacio aún no tiene secciones.
# unreviewed
group-phase = Fases del acompañamiento
# unreviewed
group-practice = En todas las fases
# unreviewed
group-community = Nuestra comunidad

# unreviewed
section-no-pages = Todavía no se ha escrito ninguna página en esta sección.
# unreviewed
sections-title = Secciones
# unreviewed
sections-lede = Las secciones son el nivel superior del espacio. Su orden aquí es su orden en la página de inicio, dentro de cada grupo. La dirección de una sección se conserva aunque cambie de nombre.
# unreviewed
sections-move-up = Subir
# unreviewed
sections-move-down = Bajar
# unreviewed
sections-remove = Quitar
# unreviewed
sections-describe = Título, descripción y grupo
# unreviewed
sections-field-summary = Descripción
# unreviewed
sections-field-group = Aparece en
# unreviewed
sections-new = Nueva sección
# unreviewed
sections-add = Añadir la sección
# unreviewed
sections-manage = Gestionar secciones
# unreviewed
problem-section-not-empty = Esta sección todavía contiene páginas. Muévelas antes a otra sección, restaurando las que estén en la papelera.
# unreviewed
pager-label = Otras secciones
# unreviewed
pager-previous = Anterior:
# unreviewed
pager-next = Siguiente:

# unreviewed
search-title = Búsqueda
# unreviewed
search-hint = Escribe una o dos palabras en el cuadro de búsqueda de arriba.
# unreviewed
search-result-count = { $count ->
    [0] No se encontró nada.
    [one] Un resultado.
   *[other] { $count } resultados.
}

# unreviewed
sign-in-title = Iniciar sesión
# unreviewed
sign-in-invitation-only = Se entra a este espacio por invitación: un miembro avala a cada persona nueva.

# unreviewed
error-reference = Referencia para quienes lo administran:
# unreviewed
error-status = estado
# unreviewed
error-home = Ir a la página de inicio
# unreviewed
error-400-title = No se pudo entender la petición
# unreviewed
error-400-text = Faltaba algo en la petición o estaba mal formado. Vuelve atrás, revisa lo que escribiste e inténtalo de nuevo.
# unreviewed
error-403-title = No permitido
# unreviewed
error-403-text = Aquí no puedes hacer eso. Si llegaste desde un enlace de otro sitio, entra directamente en este espacio e inténtalo de nuevo.
# unreviewed
error-403-pending-text = Tu membresía está pendiente de aprobación. Hasta que se apruebe (o, donde la comunidad lo pida, otro miembro te avale), puedes leer pero no cambiar nada.
# unreviewed
error-403-second-factor-text = Uno de tus roles exige un segundo factor. Configura una aplicación de autenticación desde la página de tu cuenta y vuelve a intentarlo.
# unreviewed
error-403-role-text = Tu rol no permite esto. Si crees que debería, pregunta a una persona administradora.
# unreviewed
error-404-title = Página no encontrada
# unreviewed
error-404-text = No hay nada en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.
# unreviewed
error-405-title = No es posible aquí
# unreviewed
error-405-text = Esta dirección no acepta ese tipo de petición.
# unreviewed
error-409-title = Cambió mientras tanto
# unreviewed
error-409-text = Alguien cambió esto mientras trabajabas en ello. Vuelve atrás, recarga la página para ver lo más reciente e inténtalo de nuevo.
# unreviewed
error-413-title = Demasiado grande
# unreviewed
error-413-text = Lo que enviaste supera lo que acepta este espacio.
# unreviewed
error-422-title = No se pudo entender la petición
# unreviewed
error-422-text = Faltaba algo en el formulario o estaba mal formado. Vuelve atrás, revisa lo que escribiste e inténtalo de nuevo.
# unreviewed
error-500-title = Algo falló por nuestra parte
# unreviewed
error-500-text = No es culpa tuya. Vuelve a intentarlo en un momento; si sigue pasando, da a quienes lo administran la referencia de abajo.
# unreviewed
error-503-title = No disponible por ahora
# unreviewed
error-503-text = El espacio no puede responder en este momento. Vuelve a intentarlo en unos minutos.

# unreviewed
nav-sign-out = Cerrar sesión
# unreviewed
field-handle = Nombre de usuario
# unreviewed
field-password = Contraseña
# unreviewed
field-display-name = Nombre visible
# unreviewed
field-pronouns = Pronombres
# unreviewed
field-languages = Idiomas que hablas
# unreviewed
field-region = Región
# unreviewed
sign-in-button = Iniciar sesión
# unreviewed
sign-in-failed = No ha funcionado. Revisa tu nombre de usuario y tu contraseña. Tras varios intentos fallidos, el inicio de sesión espera unos minutos antes de volver a intentarlo.

# unreviewed
join-title = Únete a la comunidad
# unreviewed
join-invited-by = { $handle } te ha invitado y te avala.
# unreviewed
join-invited = Te han invitado a unirte.
# unreviewed
join-handle-hint = El nombre que ven los demás. Un seudónimo es bienvenido. Letras y cifras de un solo alfabeto, con . _ o - entre ellas.
# unreviewed
join-password-hint = Al menos 15 caracteres. Unas cuantas palabras corrientes forman una contraseña fuerte y fácil de recordar.
# unreviewed
join-optional = Opcional: comparte solo lo que quieras que vean los demás
# unreviewed
join-accept = He leído y acepto las
# unreviewed
join-guidelines-link = normas de la comunidad y el código de conducta
# unreviewed
join-button = Unirme
# unreviewed
join-handle-taken = Ese nombre de usuario ya existe. Elige otro, por favor.
# unreviewed
join-closed-title = Esta invitación no se puede usar
# unreviewed
join-closed-used = Ya se ha usado. Cada invitación admite a una sola persona.
# unreviewed
join-closed-expired = Ha caducado, o el miembro que la envió la retiró.
# unreviewed
join-closed-unknown = No hay ninguna invitación en esta dirección. Comprueba que copiaste el enlace completo.
# unreviewed
join-closed-next = Pide una nueva invitación al miembro que te invitó.

# unreviewed
welcome-title = Te damos la bienvenida
# unreviewed
welcome-lede = Ya eres miembro. Tómate tu tiempo para mirar; nadie espera que contribuyas enseguida.
# unreviewed
welcome-guidelines = Lee cómo trabajamos juntas y juntos
# unreviewed
welcome-explore = Explora el espacio
# unreviewed
welcome-account = Tu cuenta y su seguridad

# unreviewed
account-title = Tu cuenta
# unreviewed
profile-title = Tu perfil
# unreviewed
profile-lede = Lo que otros miembros ven junto a tu nombre de usuario en la lista de miembros. Todo es opcional: comparte solo aquello con lo que te sientas cómodo o cómoda.
# unreviewed
profile-saved = Tu perfil se ha guardado.
# unreviewed
invite-open-title = Invitaciones aún abiertas
# unreviewed
invite-open-none = No hay ninguna invitación pendiente de usar.
# unreviewed
invite-open-expires = Válida hasta
# unreviewed
invite-open-by = creada por { $handle }
# unreviewed
invite-withdraw = Retirar
# unreviewed
account-handle = Sesión iniciada como
# unreviewed
account-roles = Roles:
# unreviewed
account-sessions-link = Dónde tienes la sesión iniciada
# unreviewed
account-invite-link = Invita a alguien de confianza
# unreviewed
account-events = Eventos de seguridad recientes
# unreviewed
column-when = Cuándo
# unreviewed
column-event = Evento
# unreviewed
column-detail = Detalle
# unreviewed
column-device = Navegador
# unreviewed
column-opened = Inicio de sesión
# unreviewed
column-last-seen = Última actividad
# unreviewed
column-actions = Acciones

# unreviewed
sessions-title = Dónde tienes la sesión iniciada
# unreviewed
sessions-lede = Si no reconoces una sesión, ciérrala y cambia tu contraseña.
# unreviewed
sessions-this-one = esta
# unreviewed
sessions-revoke = Cerrar
# unreviewed
sessions-revoke-others = Cerrar sesión en todos los demás sitios

# unreviewed
invite-title = Invitar a alguien
# unreviewed
invite-lede = Una invitación es tu aval: invita solo a personas que conoces y en quienes confías para trabajar con quienes están en riesgo. El enlace funciona una vez, durante siete días.
# unreviewed
invite-note = ¿Quién es y por qué le invitas? (queda registrado)
# unreviewed
invite-role = Rol al unirse
# unreviewed
invite-button = Crear invitación
# unreviewed
invite-too-many = Tienes tantas invitaciones abiertas como puede tener un miembro. Espera a que se use o caduque alguna.
# unreviewed
invite-created-title = Invitación creada
# unreviewed
invite-created-lede = Envía este enlace a la persona por un canal de confianza. Solo se muestra una vez.
# unreviewed
invite-link = Enlace de invitación
# unreviewed
invite-expires = Funciona hasta el { $date }.

# unreviewed
account-two-factor-link = Segundo factor (aplicación de autenticación, llaves de acceso)
# unreviewed
field-code = Código
# unreviewed
field-current-password = Tu contraseña actual
# unreviewed
sign-in-code-title = Un paso más
# unreviewed
sign-in-code-lede = Introduce el código de seis cifras de tu aplicación de autenticación.
# unreviewed
sign-in-code-hint = ¿Perdiste tu dispositivo? Introduce en su lugar uno de tus códigos de recuperación.
# unreviewed
sign-in-code-wrong = { $tries ->
    [one] Ese código no ha funcionado. Te queda un intento; después tendrás que volver a introducir tu contraseña.
   *[other] Ese código no ha funcionado. Te quedan { $tries } intentos; después tendrás que volver a introducir tu contraseña.
}
# unreviewed
sign-in-code-wait = { $minutes ->
    [one] Demasiados códigos erróneos para esta cuenta. Espera un minuto y vuelve a intentarlo.
   *[other] Demasiados códigos erróneos para esta cuenta. Espera { $minutes } minutos y vuelve a intentarlo.
}
# unreviewed
sign-in-code-recovery-lede = O introduce uno de tus códigos de recuperación.
# unreviewed
sign-in-code-passkey = Usa tu llave de acceso
# unreviewed
sign-in-code-or-code = O usa un código
# unreviewed
passkey-use-button = Usar mi llave de acceso
# unreviewed
passkey-browser-failed = La llave de acceso no respondió o se canceló la petición. Pulsa el botón para intentarlo de nuevo.
# unreviewed
passkey-wrong-address = Las llaves de acceso solo funcionan en la dirección pública de este espacio, { $address }, y esta página está abierta en otra. Abre el espacio en { $address } para usar una llave de acceso.
# unreviewed
passkey-needs-javascript = Las llaves de acceso necesitan JavaScript en este navegador. Tu contraseña y tus códigos funcionan sin él.
# unreviewed
passkey-sign-in-button = Iniciar sesión con una llave de acceso
# unreviewed
passkey-sign-in-title = Iniciar sesión con una llave de acceso
# unreviewed
passkey-sign-in-lede = Pulsa el botón y elige tu llave de acceso para este espacio. Tu dispositivo te pedirá su PIN, tu huella o tu cara.
# unreviewed
passkey-add-title = Añadir una llave de acceso
# unreviewed
passkey-add-lede = Pulsa el botón y sigue a tu navegador: creará una llave de acceso en este dispositivo o en una llave de seguridad, protegida por su PIN, tu huella o tu cara.
# unreviewed
passkey-already-registered = Esa llave de acceso ya está registrada.
# unreviewed
passkeys-title = Llaves de acceso
# unreviewed
passkeys-lede = Una llave de acceso te permite entrar con el bloqueo de pantalla de este dispositivo o con una llave de seguridad, sin tu contraseña; también sirve como segundo paso después de la contraseña. Los sitios de phishing no pueden usarla.
# unreviewed
passkeys-name = Nombre
# unreviewed
passkeys-name-hint = Para distinguir tus llaves de acceso, p. ej. «portátil» o «llave azul».
# unreviewed
passkeys-added = Añadida
# unreviewed
passkeys-last-used = Último uso
# unreviewed
passkeys-never = nunca
# unreviewed
passkeys-remove-title = Quitar una llave de acceso
# unreviewed
passkeys-add-title = Añadir una llave de acceso
# unreviewed
passkeys-add-button = Añadir una llave de acceso
# unreviewed
passkeys-unavailable = Las llaves de acceso necesitan que este espacio se alcance por un nombre (su dirección pública es una dirección IP).
# unreviewed
problem-passkey-failed = La llave de acceso no respondió como se esperaba. Inténtalo de nuevo.
# unreviewed
problem-passkey-wrong-address = Esta página se abrió en una dirección distinta de la dirección pública del espacio, así que las llaves de acceso no pueden funcionar aquí. Abre el espacio en su dirección pública (quien lo administra la fija como public_url) e inténtalo de nuevo.
# unreviewed
problem-passkeys-unavailable = Las llaves de acceso necesitan que este espacio se alcance por un nombre, no por una dirección IP.
# unreviewed
two-factor-title = Segundo factor
# unreviewed
two-factor-on = Una aplicación de autenticación protege tu cuenta: para entrar hacen falta tu contraseña y un código de la aplicación.
# unreviewed
two-factor-off = Añade una aplicación de autenticación (como Aegis, FreeOTP o cualquier aplicación que lea códigos TOTP) para que una contraseña robada no baste para abrir tu cuenta.
# unreviewed
two-factor-codes-left = { $count ->
    [one] Te queda un código de recuperación sin usar.
   *[other] Te quedan { $count } códigos de recuperación sin usar.
}
# unreviewed
two-factor-start-button = Añadir una aplicación de autenticación
# unreviewed
two-factor-remove-title = Quitar la aplicación de autenticación
# unreviewed
two-factor-remove-button = Quitar
# unreviewed
two-factor-enrol-title = Añade tu aplicación de autenticación
# unreviewed
two-factor-enrol-scan = Escanea este código con la aplicación:
# unreviewed
two-factor-qr-alt = Código QR con tu secreto de autenticación
# unreviewed
two-factor-enrol-type = O escribe este secreto en la aplicación:
# unreviewed
two-factor-enrol-confirm = Introduce el código que muestra ahora la aplicación, para confirmar.
# unreviewed
two-factor-confirm-button = Confirmar
# unreviewed
two-factor-codes-title = Tus códigos de recuperación
# unreviewed
two-factor-codes-lede = Cada código te permite entrar una vez si pierdes tu dispositivo. Anótalos o imprímelos ahora y guárdalos en un lugar seguro: no se volverán a mostrar.

# unreviewed
members-title = Directorio de miembros
# unreviewed
members-lede = Los miembros solo muestran aquí lo que decidieron compartir al unirse.
# unreviewed
members-filter-language = Idioma
# unreviewed
members-filter-region = Región
# unreviewed
members-filter-button = Filtrar
# unreviewed
members-none = Ningún miembro coincide.
# unreviewed
admin-members-title = Gestionar miembros
# unreviewed
admin-members-lede = Los cambios de rol y las suspensiones se anotan en el registro de auditoría y cierran las sesiones del miembro.
# unreviewed
column-member = Miembro
# unreviewed
column-status = Estado
# unreviewed
column-roles = Roles
# unreviewed
admin-role-label = Rol
# unreviewed
admin-until-label = Último día (opcional)
# unreviewed
admin-role-button = Asignar rol
# unreviewed
admin-reason-label = Motivo (queda registrado)
# unreviewed
admin-suspend-button = Suspender
# unreviewed
admin-reinstate-button = Readmitir

# unreviewed
password-title = Cambia tu contraseña
# unreviewed
field-new-password = Nueva contraseña
# unreviewed
password-sign-out-elsewhere = Cerrar sesión en todos los demás sitios
# unreviewed
password-button = Cambiar contraseña
# unreviewed
password-changed = Tu contraseña se ha cambiado.

# unreviewed
admin-approve-button = Aprobar
# unreviewed
admin-audit-title = Eventos de seguridad de todos los miembros
# unreviewed
account-pending = Tu membresía está pendiente de aprobación. Puedes leer todo lo que leen los miembros; podrás escribir, comentar e invitar en cuanto se apruebe.
# unreviewed
role-member = miembro
# unreviewed
role-editor = editor
# unreviewed
role-facilitator = facilitador
# unreviewed
role-response_team = equipo de respuesta
# unreviewed
role-admin = administrador
# unreviewed
account-failed-attempts = { $count ->
    [one] Hubo un intento fallido de iniciar sesión en tu cuenta desde la última vez que entraste. Si no fuiste tú, puede que alguien esté intentando adivinar tu contraseña: añade un segundo factor.
   *[other] Hubo { $count } intentos fallidos de iniciar sesión en tu cuenta desde la última vez que entraste. Si no fuiste tú, puede que alguien esté intentando adivinar tu contraseña: añade un segundo factor.
}
# unreviewed
account-failed-second-factor = { $count ->
    [one] Desde la última vez que entraste, tu contraseña se introdujo correctamente una vez, seguida de un código de segundo factor erróneo. Si no fuiste tú, alguien conoce tu contraseña: cámbiala ahora.
   *[other] Desde la última vez que entraste, tu contraseña se introdujo correctamente, seguida de un código de segundo factor erróneo, { $count } veces. Si no fuiste tú, alguien conoce tu contraseña: cámbiala ahora.
}
# unreviewed
column-actor = Por

# unreviewed
export-link = Descarga tus datos (JSON)
# unreviewed
delete-title = Eliminar tu cuenta
# unreviewed
delete-lede = Se eliminan tu perfil, tus sesiones, tus segundos factores y tu registro de seguridad. Lo que escribiste para la comunidad se queda, atribuido a «antiguo miembro». No se puede deshacer.
# unreviewed
delete-understood = Entiendo que no se puede deshacer
# unreviewed
delete-confirm-needed = Marca la casilla para confirmar.
# unreviewed
delete-button = Eliminar mi cuenta

# unreviewed
admin-second-factor-legend = Exigir un segundo factor para
# unreviewed
admin-second-factor-button = Guardar
# unreviewed
admin-second-factor-confirm-title = Esto también te obligaría a ti
# unreviewed
admin-second-factor-confirm-text = Todavía no tienes segundo factor. En cuanto se guarde, no podrás hacer nada con estos roles tuyos hasta que añadas uno:
# unreviewed
admin-second-factor-confirm-button = Exigirlo de todos modos
# unreviewed
admin-second-factor-set-up-first = Configurar antes mi segundo factor
# unreviewed
admin-role-until = hasta el { $date }
# unreviewed
member-status-active = activo
# unreviewed
member-status-pending = pendiente de aprobación
# unreviewed
member-status-suspended = suspendido
# unreviewed
account-second-factor-required = Tu rol exige un segundo factor. Hasta que añadas uno, solo puedes gestionar tu propia cuenta.

# unreviewed
members-pending-title = Pendientes de un segundo aval
# unreviewed
members-pending-lede = Estas personas recién llegadas fueron invitadas y esperan que otro miembro las avale. Avala solo a personas que conoces y en quienes confías.
# unreviewed
members-vouched-by = avalada por
# unreviewed
members-vouch-button = Yo la avalo

# unreviewed
problem-empty = Rellena { $field }, por favor.
# unreviewed
problem-too-long = { $field } es demasiado largo: { $max } caracteres como máximo.
# unreviewed
problem-guidelines-not-accepted = Acepta las normas de la comunidad y el código de conducta para unirte.
# unreviewed
problem-password-is-handle = No uses tu nombre de usuario como contraseña.
# unreviewed
problem-control-characters = Quita los caracteres de control y de cambio de dirección.
# unreviewed
problem-code-mismatch = Ese código no coincide. Comprueba la hora de tu dispositivo y prueba el siguiente código.
# unreviewed
problem-wrong-current-password = Esa no es tu contraseña actual.
# unreviewed
problem-review-state-unknown = Braid no conoce ese estado de revisión.
# unreviewed
problem-handle-reserved = Ese nombre de usuario está reservado para el propio espacio, para que nadie pueda hacerse pasar por su equipo. Elige otro.
# unreviewed
problem-handle-lookalike = Ese nombre de usuario se parece al de otro miembro. Elige uno que se lea de forma distinta.
# unreviewed
problem-current-password-wait = Demasiadas contraseñas erróneas para esta cuenta. Espera unos minutos y vuelve a intentarlo.
# unreviewed
problem-password-common = Esa contraseña está entre las más comunes, las que los atacantes prueban primero. Elige otra.
# unreviewed
problem-password-guessable = Esa contraseña es demasiado fácil de adivinar.
# unreviewed
problem-term-in-past = El fin del periodo tiene que estar en el futuro.
# unreviewed
problem-password-short = Usa al menos 15 caracteres. Unas cuantas palabras corrientes forman una buena contraseña.
# unreviewed
problem-handle-short = Usa al menos 2 caracteres.
# unreviewed
problem-password-short-with-second-factor = Usa al menos 8 caracteres.
# unreviewed
problem-handle-characters = Usa letras y cifras, con un solo . _ o - entre ellas.
# unreviewed
problem-handle-one-script = Usa letras de un solo alfabeto.
# unreviewed
problem-unknown-role = Elige miembro, editor, facilitador, equipo de respuesta o administrador.
# unreviewed
problem-cannot-suspend-self = No puedes suspenderte a ti mismo.
# unreviewed
field-note = Nota
# unreviewed
field-reason = Motivo
# unreviewed
problem-unknown-group = Grupo de secciones desconocido.
# unreviewed
problem-unknown-status = Estado de cuenta desconocido.
# unreviewed
problem-slug-characters = Usa letras minúsculas y cifras separadas por guiones simples.
# unreviewed
problem-job-kind-characters = Usa letras minúsculas, cifras y guiones bajos.

# unreviewed
section-pages = Páginas
# unreviewed
section-parts = Partes de la lista de esta sección
# unreviewed
section-part = Páginas { $from } a { $to } de { $total }
# unreviewed
section-earlier = Páginas anteriores
# unreviewed
section-later = Páginas siguientes
# unreviewed
page-new = Nueva página
# unreviewed
page-tree-label = Páginas de esta sección
# unreviewed
page-tree-more = { $count ->
    [one] Una página más…
   *[other] { $count } páginas más…
}
# unreviewed
page-old-revision = Estás leyendo la revisión { $number }, no la más reciente.
# unreviewed
page-see-latest = Ver la más reciente.
# unreviewed
revision-suppressed-notice = Esta revisión está suprimida: solo las personas administradoras pueden verla, en cualquier lugar.
# unreviewed
revision-suppress = Suprimir esta revisión
# unreviewed
revision-suppress-lede = Úsalo cuando este texto expuso algo (una dirección, un nombre). Nadie salvo las personas administradoras volverá a ver esta revisión: ni en el historial, ni en las diferencias, los cambios recientes, los canales o las exportaciones. El texto publicado no se puede suprimir: quita antes la parte expuesta editando la página y luego suprime cada revisión anterior que aún la contenga.
# unreviewed
revision-suppress-reason = Por qué (queda en el registro de auditoría)
# unreviewed
revision-suppress-button = Suprimir
# unreviewed
problem-revision-is-published = Este es el texto que ven los lectores. Quita antes la parte expuesta editando la página y luego suprime esta revisión.
# unreviewed
event-revision_suppressed = Revisión suprimida
# unreviewed
visibility-public = Pública: cualquiera puede leerla
# unreviewed
visibility-members = Solo miembros
# unreviewed
visibility-editors = Solo editores
# unreviewed
page-edit = Editar
# unreviewed
page-history = Historial
# unreviewed
page-more-actions = Más
# unreviewed
page-toc = Contenido
# unreviewed
page-licence = Este texto se comparte bajo
# unreviewed
page-contributors = Escrito por
# unreviewed
links-here-title = Lo que enlaza aquí
# unreviewed
links-here-none = Ninguna página enlaza todavía a esta.
# unreviewed
export-source = La versión más reciente está en
# unreviewed
page-revision-line = Revisión
# unreviewed
page-conflict = Alguien guardó esta página mientras la editabas y algunos de tus cambios tocan las mismas líneas. No se guardó nada. Las dos versiones están en el texto de abajo entre las marcas <<<<<<< yours, ======= y >>>>>>> saved meanwhile: conserva lo que corresponda, quita las marcas y vuelve a guardar.
# unreviewed
page-conflict-title = También cambiaron el título, a:
# unreviewed
page-preview = Vista previa
# unreviewed
field-title = Título
# unreviewed
field-text = Texto
# unreviewed
page-markdown-hint = Markdown: # títulos, **negrita**, *cursiva*, [enlaces](https://…), [[Título de página]] para otra página, - listas, | tablas | y notas al pie[^1].
# unreviewed
field-summary = Resumen de tu cambio
# unreviewed
field-visibility = Quién puede leerla
# unreviewed
page-visibility-button = Cambiar quién puede leerla
# unreviewed
page-preview-button = Vista previa
# unreviewed
page-save-button = Guardar
# unreviewed
page-exists = Ya existe una página con este título en esta sección. Elige otro título o edita esa página.
# unreviewed
history-caption = Revisiones, de la más reciente a la más antigua. Elige dos para compararlas.
# unreviewed
history-from = Desde
# unreviewed
history-to = Hasta
# unreviewed
history-revision = Revisión
# unreviewed
history-when = Guardada
# unreviewed
history-who = Por
# unreviewed
history-lines = Líneas
# unreviewed
history-actions = Acciones
# unreviewed
history-restore = Restaurar
# unreviewed
history-suppressed = suprimida
# unreviewed
history-compare = Comparar
# unreviewed
history-compare-side = Comparar en paralelo
# unreviewed
diff-title = Cambios
# unreviewed
diff-between = Entre las revisiones
# unreviewed
diff-inline = Mostrar en una columna
# unreviewed
diff-side = Mostrar en paralelo
# unreviewed
diff-title-changed = Título cambiado:
# unreviewed
diff-none = Estas revisiones tienen el mismo texto.
# unreviewed
diff-removed = quitado:
# unreviewed
diff-added = añadido:
# unreviewed
diff-line = Línea
# unreviewed
problem-unknown-visibility = Elige quién puede leerla: público, miembros o editores.
# unreviewed
problem-title-needs-letters = Usa al menos una letra o cifra en el título.
# unreviewed
problem-conflict-markers = El texto aún tiene marcas de conflicto (<<<<<<<, =======, >>>>>>>). Conserva lo que corresponda y quítalas.

# unreviewed
recent-title = Cambios recientes
# unreviewed
recent-feed = Canal de cambios públicos (Atom)
# unreviewed
recent-section = Sección
# unreviewed
recent-all-sections = Todas las secciones
# unreviewed
recent-person = Miembro
# unreviewed
recent-filter = Mostrar
# unreviewed
recent-none = Ningún cambio coincide.
# unreviewed
recent-diff = cambios
# unreviewed
recent-new = página nueva
# unreviewed
nav-recent = Cambios recientes

# unreviewed
page-delete = Mover a la papelera
# unreviewed
page-deleted-while-editing = Un editor movió esta página a la papelera mientras la editabas. No se guardó nada; tu texto está abajo, para que puedas copiarlo o pedir a un editor que restaure la página.
# unreviewed
bin-title = Papelera
# unreviewed
bin-lede = Páginas que borraron los editores. Al restaurar una, vuelve con todo su historial.
# unreviewed
bin-empty = La papelera está vacía.
# unreviewed
bin-deleted = Borrada
# unreviewed
problem-page-has-children = Mueve o borra antes sus subpáginas.
# unreviewed
problem-page-parent-deleted = Restaura antes la página de la que depende.

# unreviewed
comments-title = Conversación
# unreviewed
comments-none = Aún no hay comentarios.
# unreviewed
comment-edited = editado
# unreviewed
comment-resolved = resuelto
# unreviewed
comment-deleted = Este comentario se borró.
# unreviewed
comment-reply = Responder
# unreviewed
comment-reply-button = Responder
# unreviewed
comment-edit = Editar comentario
# unreviewed
comment-text = Comentario (Markdown)
# unreviewed
comment-save = Guardar comentario
# unreviewed
comment-delete = Borrar
# unreviewed
comment-resolve = Marcar como resuelto
# unreviewed
comment-reopen = Reabrir
# unreviewed
comment-new = Añade un comentario (Markdown)
# unreviewed
comment-add-button = Comentar

# unreviewed
page-move = Mover
# unreviewed
page-move-lede = La página se mueve con sus subpáginas. Su dirección antigua sigue funcionando.
# unreviewed
page-move-parent = Bajo qué página
# unreviewed
page-move-top = En lo alto de la sección
# unreviewed
page-move-parent-hint = Páginas de la sección actual de esta página; para ponerla bajo una página de otra sección, muévela antes a esa sección.
# unreviewed
page-move-taken = Ya existe una página con la misma dirección en esa sección.
# unreviewed
page-earlier = Subir
# unreviewed
page-later = Bajar
# unreviewed
problem-page-under-itself = Una página no puede ir bajo sí misma ni bajo sus propias subpáginas.

# unreviewed
page-export-markdown = Markdown
# unreviewed
page-export-html = Archivo HTML

# unreviewed
review-title = Cola de revisión
# unreviewed
review-lede = Aquí esperan las ediciones de miembros que aún no son de confianza; los lectores ven el último texto aprobado hasta que un editor lo apruebe.
# unreviewed
review-empty = No hay nada pendiente de revisión.
# unreviewed
review-trust = Confiar también en este miembro: sus ediciones posteriores no necesitarán revisión
# unreviewed
review-approve = Aprobar
# unreviewed
review-note = Por qué se devuelve (el autor lo ve en el historial)
# unreviewed
review-send-back = Devolver
# unreviewed
review-superseded = La página cambió mientras tanto; vuelve a mirar su revisión más reciente.
# unreviewed
page-pending = Hay una revisión más reciente pendiente de revisión.
# unreviewed
page-pending-see = Verla.
# unreviewed
page-pending-this = Esta revisión está pendiente de revisión: los lectores aún no la ven.

# unreviewed
labels-title = Etiquetas
# unreviewed
labels-none = Ninguna página tiene etiqueta todavía.
# unreviewed
field-labels = Etiquetas
# unreviewed
field-labels-hint = Separadas por comas, p. ej. necesita revisión, ejercicio, guía de herramienta.
# unreviewed
recent-label = Etiqueta
# unreviewed
page-template = Empezar desde una plantilla
# unreviewed
page-template-use = Usarla
# unreviewed
templates-title = Plantillas
# unreviewed
templates-lede = Las páginas nuevas pueden empezar desde estas. Los editores las mantienen al día.
# unreviewed
templates-new = Nueva plantilla
# unreviewed
template-exists = Ya existe una plantilla con este nombre.
# unreviewed
problem-label-characters = Usa letras, cifras, espacios y guiones en las etiquetas, con comas entre ellas.
# unreviewed
problem-too-many-labels = Usa como máximo 12 etiquetas.

# unreviewed
attachments-title = Archivos
# unreviewed
attachment-waiting = pendiente de revisión
# unreviewed
attachment-snippet = Markdown para mostrarlo en la página
# unreviewed
review-files = Archivos pendientes
# unreviewed
review-files-page = su página
# unreviewed
attachment-file = Adjuntar un archivo
# unreviewed
attachment-hint = Imágenes, PDF, documentos de oficina o texto, hasta { $mib } MB. Las imágenes pierden su ubicación, los datos de la cámara, los comentarios y todo lo que esté oculto tras la imagen. Los PDF pierden los nombres de autor, creador y programa, también cuando están comprimidos (salvo en codificaciones poco comunes). Los documentos de oficina pierden sus propiedades (autor, último editor, organización, plantilla, fechas), pero los nombres en los cambios controlados y en los comentarios dentro del texto se quedan: quítalos antes en tu programa de oficina.
# unreviewed
attachment-upload = Adjuntar
# unreviewed
attachment-choose = Elige un archivo para adjuntar.
# unreviewed
problem-file-kind = Adjunta imágenes (PNG, JPEG, GIF, WebP), PDF, documentos de oficina o texto.
# unreviewed
problem-file-damaged = Esa imagen está dañada.

# unreviewed
page-watch = Seguir
# unreviewed
page-unwatch = Dejar de seguir
# unreviewed
section-watch = Seguir la sección
# unreviewed
section-unwatch = Dejar de seguir la sección
# unreviewed
page-review-by = Volver a comprobar este consejo antes del
# unreviewed
page-review-by-field = Revisar antes del
# unreviewed
notifications-title = Avisos
# unreviewed
notifications-none = Nada nuevo.
# unreviewed
notifications-read = Marcar todo como leído
# unreviewed
notifications-new = nuevo
# unreviewed
notification-page-changed = Cambiada:
# unreviewed
notification-comment = Nuevo comentario en
# unreviewed
notification-review-due = Pendiente de revisión:
# unreviewed
notification-second-factor-guessing = Alguien introdujo correctamente tu contraseña y luego varios códigos de segundo factor erróneos. Si no fuiste tú, alguien conoce tu contraseña: cámbiala ahora. Los siguientes códigos solo se comprueban tras una espera cada vez mayor.
# unreviewed
due-title = Pendientes de revisión
# unreviewed
due-lede = Los consejos de seguridad se quedan anticuados. Estas páginas deberían revisarse pronto, o ya deberían haberse revisado.
# unreviewed
due-none = Ninguna página tiene revisión pendiente en los próximos 30 días.
# unreviewed
due-overdue = con retraso
# unreviewed
problem-date-format = Usa una fecha como 2027-03-31.

# unreviewed
page-how-to-contribute = Cómo contribuir
# unreviewed
section-licence = Licencia de las páginas de esta sección
# unreviewed
problem-unknown-licence = Elige CC BY-SA 4.0, CC BY 4.0 o CC0.

# unreviewed
wanted-title = Páginas solicitadas
# unreviewed
wanted-lede = Páginas enlazadas que todavía no se han escrito. Escribe una: los enlaces empiezan a funcionar enseguida.
# unreviewed
wanted-none = Todas las páginas enlazadas existen.
# unreviewed
wanted-from = enlazada desde
# unreviewed
wanted-more-pages = { $count ->
    [one] y una página más
   *[other] y { $count } páginas más
}
# unreviewed
wanted-more-titles = { $count ->
    [one] No se muestra una página solicitada más, enlazada desde menos páginas.
   *[other] No se muestran { $count } páginas solicitadas más, enlazadas desde menos páginas.
}
# unreviewed
field-language = Idioma del texto
# unreviewed
problem-unknown-language = Elige uno de los idiomas de la lista.
# unreviewed
search-syntax = Usa "comillas" para una frase, un asterisco para el comienzo de una palabra (segur*) y un signo menos para excluir una palabra (-android).
# unreviewed
search-facets = Acotar los resultados
# unreviewed
search-incomplete = El índice de búsqueda todavía se está reconstruyendo tras una actualización o una restauración, así que durante unos minutos pueden faltar páginas en estos resultados.
# unreviewed
search-facet-language = Idioma
# unreviewed
search-facet-section = Sección
# unreviewed
search-facet-label = Etiqueta
# unreviewed
search-facet-kind = Tipo
# unreviewed
search-facet-any = Cualquiera
# unreviewed
search-kind-page = Página
# unreviewed
search-kind-comment = Comentario
# unreviewed
search-pages = Más resultados
# unreviewed
search-previous = Resultados anteriores
# unreviewed
search-next = Resultados siguientes
# unreviewed
search-sections = Secciones
# unreviewed
search-suggestions = Sugerencias

# Eventos de seguridad, por sus nombres estables.
# unreviewed
event-other = Evento de seguridad
# unreviewed
event-account_created = Cuenta creada
# unreviewed
event-account_deleted = Cuenta eliminada
# unreviewed
event-activated = Pasó a ser miembro de pleno derecho
# unreviewed
event-invitation_created = Invitación creada
# unreviewed
event-invitation_withdrawn = Invitación retirada
# unreviewed
event-joined = Se unió
# unreviewed
event-passkey_added = Llave de acceso añadida
# unreviewed
event-passkey_removed = Llave de acceso quitada
# unreviewed
event-password_changed = Contraseña cambiada
# unreviewed
event-password_check_failed = Contraseña actual errónea
# unreviewed
event-policy_changed = Política cambiada
# unreviewed
event-profile_changed = Perfil cambiado
# unreviewed
event-reinstated = Readmitido
# unreviewed
event-role_changed = Rol cambiado
# unreviewed
event-role_lapsed = Fin del periodo del rol
# unreviewed
event-sealing_key_recorded = Clave de secretos registrada
# unreviewed
event-second_factor_failed = Código de segundo factor erróneo
# unreviewed
event-second_factor_refused = Segundo factor rechazado
# unreviewed
event-session_revoked = Sesión cerrada
# unreviewed
event-sign_in_failed = Inicio de sesión fallido
# unreviewed
event-sign_in_refused = Inicio de sesión rechazado
# unreviewed
event-signed_in = Sesión iniciada
# unreviewed
event-signed_in_with_recovery_code = Sesión iniciada con un código de recuperación
# unreviewed
event-signed_out = Sesión cerrada por el miembro
# unreviewed
event-signed_out_everywhere = Sesión cerrada en todas partes
# unreviewed
event-suspended = Suspendido
# unreviewed
event-totp_enabled = Aplicación de autenticación añadida
# unreviewed
event-totp_removed = Aplicación de autenticación quitada
# unreviewed
event-vouched = Avalado

# Detalles de los eventos de seguridad; $role y $roles ya vienen en palabras.
# unreviewed
event-detail-account_created = Creada por quien administra el servidor, como { $role }
# unreviewed
event-detail-invitation_created = Para que se una una persona como { $role }; nota: { $note }
# unreviewed
event-detail-invitation_withdrawn = Era para que se uniera una persona como { $role }
# unreviewed
event-detail-joined = Se unió por invitación, como { $role }
# unreviewed
event-detail-sign_in_refused = { $why ->
    [locked] El inicio de sesión con contraseña está desactivado tras demasiados fallos
    [suspended] La cuenta está suspendida
    [passkey] Se rechazó la llave de acceso «{ $name }»
   *[waiting] Intento durante la espera tras varios fallos
  }
# unreviewed
event-detail-sign_in_failed = Contraseña errónea ({ $count } seguidas)
# unreviewed
event-detail-second_factor_failed = { $how ->
    [recovery] Código de recuperación erróneo
   *[code] Código de autenticación erróneo
  }
# unreviewed
event-detail-second_factor_refused = Intento durante la espera tras códigos erróneos
# unreviewed
event-detail-password_check_failed = Antes de un cambio de seguridad ({ $count } seguidas)
# unreviewed
event-detail-signed_in = { $how ->
    [passkey] Con la llave de acceso «{ $name }»
    [code] Con contraseña y código de autenticación
    [recovery] Con contraseña y un código de recuperación
    [passkey-second] Con contraseña y una llave de acceso
   *[password] Con contraseña
  }
# unreviewed
event-detail-totp_enabled = { $codes } códigos de recuperación emitidos
# unreviewed
event-detail-passkey_added = «{ $name }»{ $codes ->
    [none] {""}
   *[other] ; { $codes } códigos de recuperación emitidos
  }
# unreviewed
event-detail-passkey_removed = «{ $name }»
# unreviewed
event-detail-policy_changed = Segundo factor exigido para: { $roles }
# unreviewed
event-detail-nobody = nadie
# unreviewed
event-detail-signed_out_everywhere = { $which ->
    [others] Todas las demás sesiones
   *[all] Todas las sesiones
  }
# unreviewed
event-detail-role_changed = { $until ->
    [none] { $role }
   *[other] { $role } hasta el { $until }
  }
# unreviewed
event-detail-role_lapsed = { $role } terminó el { $until }
# unreviewed
event-detail-reinstated = { $how ->
    [role] Aprobado con un rol
   *[other] Readmitido
  }
# unreviewed
event-detail-suspended = Motivo: { $reason }
# unreviewed
event-detail-vouched = Avalado por { $handle }
# unreviewed
event-detail-activated = { $count } avales
# unreviewed
event-detail-sealing_key_recorded = Los secretos se sellan con una clave guardada fuera de la base de datos
# unreviewed
event-detail-account_deleted = Un miembro eliminó su cuenta
# unreviewed
event-detail-revision_suppressed = Revisión { $revision } de { $page }: { $reason }

# La página de estado del espacio (administración).
# unreviewed
admin-status-title = El trabajo de fondo del espacio
# unreviewed
admin-status-lede = Tras cada cambio, el espacio actualiza su índice de búsqueda y avisa a quienes siguen las páginas, en segundo plano. Aquí ves hasta dónde llegó cada tarea y si algo falló.
# unreviewed
admin-status-followers = Trabajo que sigue a cada cambio
# unreviewed
admin-status-failed-jobs = Tareas que fallaron definitivamente
# unreviewed
admin-status-no-failed-jobs = Ninguna tarea ha fallado.
# unreviewed
admin-status-no-error = Ninguno
# unreviewed
column-follower = Trabajo
# unreviewed
column-applied-up-to = Hecho hasta el cambio
# unreviewed
column-behind = Cambios en espera
# unreviewed
column-last-error = Último error
# unreviewed
column-job = Tarea
# unreviewed
column-attempts = Intentos
# unreviewed
follower-search = Índice de búsqueda
# unreviewed
follower-notifications = Avisos a quienes siguen
# unreviewed
job-prune_finished_jobs = Limpiar tareas terminadas y pasos de inicio de sesión caducados
# unreviewed
job-lapse_role_terms = Terminar los roles cuyo periodo acabó
# unreviewed
job-remind_reviews = Recordar a quienes siguen las páginas con revisión pendiente
# unreviewed
job-unknown = Una tarea que esta versión no conoce

# Fechas. Los meses tal como se escriben dentro de una fecha; la hora es UTC.
# unreviewed
month-1 = enero
# unreviewed
month-2 = febrero
# unreviewed
month-3 = marzo
# unreviewed
month-4 = abril
# unreviewed
month-5 = mayo
# unreviewed
month-6 = junio
# unreviewed
month-7 = julio
# unreviewed
month-8 = agosto
# unreviewed
month-9 = septiembre
# unreviewed
month-10 = octubre
# unreviewed
month-11 = noviembre
# unreviewed
month-12 = diciembre
# unreviewed
date-time = { $day } de { $month } de { $year }, { $time } UTC

# unreviewed
page-translate = Traducir
# unreviewed
page-languages = Esta página en otros idiomas
# unreviewed
translation-of = Traducción de
# unreviewed
translation-update = Actualizar la traducción
# unreviewed
translation-review-button = Marcar como revisada por una segunda persona
# unreviewed
translation-state-missing = Falta
# unreviewed
translation-state-draft = Borrador
# unreviewed
translation-state-outdated = Desactualizada
# unreviewed
translation-state-up-to-date = Al día
# unreviewed
translation-state-reviewed = Revisada
# unreviewed
translate-choose-lede = Elige el idioma al que traducir esta página. Tu traducción queda enlazada a ella: cuando cambie, se te marcarán los párrafos que cambiaron.
# unreviewed
translate-lede = Cada párrafo del original está junto a su traducción. Traduce lo que puedas: un párrafo vacío muestra a los lectores las palabras del original hasta que alguien lo traduzca.
# unreviewed
translate-changed-count = { $count ->
    [one] Un párrafo del original cambió desde que se hizo esta traducción: está marcado.
   *[other] { $count } párrafos del original cambiaron desde que se hizo esta traducción: están marcados.
}
# unreviewed
translate-changed = Cambió en el original
# unreviewed
translate-was = Lo que decía antes
# unreviewed
translate-paragraph-label = Traducción del párrafo { $number }
# unreviewed
translate-empty-hint = Conserva el Markdown como en el original: # títulos, **negrita**, [enlaces](…) y [[títulos de página]] (escribe el título de la página en tu idioma cuando exista).
# unreviewed
translate-draft = Aún no está terminada: dejarla como borrador
# unreviewed
translate-save = Guardar la traducción
# unreviewed
translations-title = Traducciones
# unreviewed
translations-lede = Cuánto ha avanzado cada idioma: páginas por traducir, traducciones que poner al día porque cambió su original y las que revisó una segunda persona.
# unreviewed
translations-language = Idioma
# unreviewed
translations-show = Mostrar
# unreviewed
translations-none = Todavía no hay ninguna página que traducir a este idioma.
# unreviewed
translations-done = Traducidas y al día:
# unreviewed
translations-by-section = Traducciones por sección
# unreviewed
translations-done-column = Hecho
# unreviewed
translations-next = Para traducir ahora
# unreviewed
translations-next-none = Nada pendiente: todas las páginas están traducidas y al día.
# unreviewed
translations-behind = { $count ->
    [one] el original cambió una vez desde entonces
   *[other] el original cambió { $count } veces desde entonces
}
# unreviewed
translations-linked-from = { $count ->
    [one] enlazada desde una página
   *[other] enlazada desde { $count } páginas
}
# unreviewed
problem-translation-own-review = Una segunda persona revisa una traducción, no quien la escribió.
# unreviewed
problem-translation-same-language = Una página no se traduce al idioma en que está escrita.
# unreviewed
percent = { $value } %
# unreviewed
translations-done-figure = { $done } de { $total } ({ $percent })

# unreviewed
glossary-title = Glosario
# unreviewed
glossary-lede = Las palabras que esta comunidad traduce de una sola manera, para que todas las páginas las digan igual. El editor de traducción muestra junto a cada párrafo los términos que contiene.
# unreviewed
glossary-none = Todavía no hay ningún término.
# unreviewed
glossary-add-title = Añadir o cambiar un término
# unreviewed
glossary-keep = Dejarlo tal cual (un nombre, una herramienta)
# unreviewed
glossary-kept = se deja tal cual
# unreviewed
glossary-save = Guardar el término
# unreviewed
glossary-remove = Quitar
# unreviewed
field-term = Término
# unreviewed
field-translation = Traducción
# unreviewed
translate-terms = Del glosario
# unreviewed
translate-suggestions = Traducido antes
# unreviewed
translate-claim = Estoy traduciendo esto (durante dos días)
# unreviewed
translate-release = He dejado de traducir esto
# unreviewed
translate-claimed-by = { $handle } está traduciendo esto hasta el { $date }.
# unreviewed
translate-claimed-you = Estás traduciendo esto hasta el { $date }.
# unreviewed
sections-translations = Título y descripción en otros idiomas
# unreviewed
sections-translations-hint = Quienes leen en un idioma ven su título y su descripción en lugar de los de la sección. Deja el título vacío para quitarlos.
# unreviewed
translate-use = Usarla

# unreviewed
nav-discussion = Debate
# unreviewed
discussion-title = Debate
# unreviewed
discussion-lede = Hilos por categorías: léelos y escríbelos aquí, y pronto también por correo.
# unreviewed
discussion-none = Todavía no tienes acceso a ninguna categoría.
# unreviewed
discussion-threads = { $count ->
    [one] un hilo
   *[other] { $count } hilos
}
# unreviewed
discussion-latest = última publicación
# unreviewed
discussion-older = Hilos anteriores
# unreviewed
former-member = antiguo miembro
# unreviewed
category-new = Nueva categoría
# unreviewed
category-settings = Ajustes de la categoría
# unreviewed
category-save = Guardar la categoría
# unreviewed
category-watch = Seguir esta categoría
# unreviewed
category-unwatch = Dejar de seguir
# unreviewed
category-no-threads = Todavía no hay ningún hilo.
# unreviewed
category-readers-public = Cualquiera puede leerla, con o sin sesión.
# unreviewed
category-readers-members = Los miembros pueden leerla.
# unreviewed
category-readers-roles = Solo pueden leerla: { $roles }.
# unreviewed
category-readers-chosen-roles = Solo los roles marcados abajo
# unreviewed
category-slug-hint = Parte de su dirección y, más adelante, de su dirección de correo: minúsculas y cifras separadas por guiones, p. ej. preguntas-a-la-comunidad.
# unreviewed
category-starters-readers = Todas las personas que la leen
# unreviewed
category-starters-facilitators = Solo facilitadores (anuncios)
# unreviewed
category-moderation-first-posts = La primera publicación de un miembro espera a un facilitador
# unreviewed
category-moderation-all = Todas las publicaciones esperan a un facilitador
# unreviewed
category-moderation-none = Ninguna publicación espera
# unreviewed
field-category-name = Nombre
# unreviewed
field-category-slug = Nombre corto
# unreviewed
field-category-description = Para qué sirve
# unreviewed
field-category-readers = Quién puede leerla
# unreviewed
field-starters = Quién puede abrir hilos
# unreviewed
field-moderation = Moderación
# unreviewed
field-moderation-note = Nota
# unreviewed
field-thread-title = Título
# unreviewed
field-post = Tu publicación (Markdown)
# unreviewed
thread-new = Abrir un hilo
# unreviewed
thread-start = Abrir el hilo
# unreviewed
thread-posts = { $count ->
    [one] una publicación
   *[other] { $count } publicaciones
}
# unreviewed
thread-solved = resuelto
# unreviewed
thread-locked = cerrado
# unreviewed
thread-mute = Silenciar este hilo
# unreviewed
thread-unmute = Dejar de silenciar
# unreviewed
thread-lock = Cerrar
# unreviewed
thread-unlock = Reabrir
# unreviewed
thread-reply = Responder
# unreviewed
thread-reply-button = Publicar la respuesta
# unreviewed
thread-locked-notice = Este hilo está cerrado: solo los facilitadores pueden publicar en él.
# unreviewed
post-held = esperando a un facilitador
# unreviewed
post-rejected = no publicada
# unreviewed
post-rejected-note = Nota de un facilitador:
# unreviewed
post-edited = editada
# unreviewed
post-solution = respuesta
# unreviewed
post-quoting = En respuesta a
# unreviewed
post-deleted = Esta publicación se eliminó.
# unreviewed
post-quote = Citar y responder
# unreviewed
post-edit = Editar la publicación
# unreviewed
post-edit-hint = Quien lee puede ver lo que decía una publicación antes de cada edición.
# unreviewed
post-back = Volver al hilo
# unreviewed
post-mark-solution = Marcar como la respuesta
# unreviewed
post-unmark-solution = No es la respuesta
# unreviewed
post-history = Versiones anteriores de una publicación
# unreviewed
post-history-now = Ahora
# unreviewed
post-history-until = Hasta
# unreviewed
moderation-title = Publicaciones que esperan a un facilitador
# unreviewed
moderation-lede = Aprueba una publicación para publicarla, o recházala con una nota que solo ve quien la escribió. Cada decisión queda registrada.
# unreviewed
moderation-none = No hay nada esperando.
# unreviewed
moderation-starts = abre
# unreviewed
moderation-replies = responde en
# unreviewed
moderation-note = Nota para quien la escribió (opcional)
# unreviewed
moderation-approve = Aprobar
# unreviewed
moderation-reject = Rechazar
# unreviewed
notification-post = Nueva publicación en
# unreviewed
problem-category-no-roles = Marca al menos un rol que pueda leer la categoría.
# unreviewed
problem-category-readers = Elige quién puede leer la categoría.
# unreviewed
problem-category-slug-taken = Otra categoría tiene este nombre corto.
# unreviewed
problem-unknown-starters = Elige quién puede abrir hilos.
# unreviewed
problem-unknown-moderation = Elige cómo se moderan las publicaciones.

# unreviewed
field-delivery = Por correo
# unreviewed
delivery-every = Cada publicación
# unreviewed
delivery-web = Nada: leo en la web
# unreviewed
delivery-save = Guardar
# unreviewed
delivery-to = El correo va a
# unreviewed
delivery-no-address = Tu cuenta todavía no tiene una dirección de correo confirmada, así que no se te envía nada por correo.
# unreviewed
unsubscribe-title = Dejar de recibir correo de una categoría
# unreviewed
unsubscribe-lede = ¿Dejar de recibir por correo las publicaciones de «{ $category }»? Puedes seguir leyéndolas en la web y volver a elegir el correo en la página de la categoría.
# unreviewed
unsubscribe-button = Dejar de recibir correo
# unreviewed
unsubscribe-done = Hecho: ya no se te envían por correo las publicaciones de «{ $category }».
# unreviewed
mail-read-on-web = Lee el hilo y responde en la web
# unreviewed
mail-stop = Dejar de recibir estos mensajes
# unreviewed
follower-mail = Correo a los miembros que siguen por correo
# unreviewed
job-deliver_post = Enviar una publicación por correo a un miembro
# unreviewed
job-confirm_address = Enviar un enlace para confirmar una dirección
# unreviewed
field-email = Dirección de correo
# unreviewed
problem-unknown-delivery = Elige cada publicación, un resumen diario o nada por correo.
# unreviewed
problem-email-address = Usa una dirección como nombre@example.org.

# unreviewed
email-title = Dirección de correo
# unreviewed
email-lede = Adonde el hub envía las publicaciones que sigues por correo. Solo la ves tú y el hub; los demás miembros nunca.
# unreviewed
email-current = El correo va a
# unreviewed
email-none = No tienes ninguna dirección de correo aquí.
# unreviewed
email-requested = Se envió un enlace a { $address }: la dirección será tuya cuando lo abras.
# unreviewed
email-sent = Enviamos un enlace a { $address }. Ábrelo en dos días para confirmar la dirección.
# unreviewed
email-hub-sends-none = Este hub no envía correo: su debate está solo en la web.
# unreviewed
email-hint = Déjala vacía para quitar tu dirección.
# unreviewed
email-button = Guardar la dirección
# unreviewed
email-confirm-title = Confirmar una dirección de correo
# unreviewed
email-confirm-lede = Pulsa el botón para confirmar que esta dirección es tuya.
# unreviewed
email-confirm-button = Confirmar la dirección
# unreviewed
email-confirmed = Confirmada: ahora el correo va a { $address }.
# unreviewed
mail-confirm-subject = Confirma tu dirección para { $community }
# unreviewed
mail-confirm-body = Alguien con la sesión de { $handle } pidió que esta dirección reciba correo del hub. Abre este enlace para confirmarla (funciona durante dos días):
# unreviewed
mail-confirm-not-you = Si no fuiste tú, no hagas nada: sin el enlace, esta dirección no recibe nada.
# unreviewed
event-email_changed = Dirección de correo confirmada
# unreviewed
event-email_removed = Dirección de correo quitada
# unreviewed
problem-email-unusable = Esta dirección no se puede usar. Elige otra.
# unreviewed
post-folded = Texto citado y firma
# unreviewed
delivery-digest = Un resumen al día
# unreviewed
mail-digest-author = Resumen diario
# unreviewed
mail-digest-subject = Resumen del { $date }
# unreviewed
job-send_digests = Preparar los resúmenes diarios
# unreviewed
job-deliver_digest = Enviar un resumen diario a un miembro
# unreviewed
email-stopped = El correo a esta dirección volvió sin entregar tres veces seguidas, así que el hub dejó de enviarle. Guarda de nuevo la dirección (u otra) y abre el enlace que enviemos para volver a empezar.
# unreviewed
notification-mail-stopped = El correo a tu dirección volvió sin entregar una y otra vez, así que el hub dejó de enviarle.
