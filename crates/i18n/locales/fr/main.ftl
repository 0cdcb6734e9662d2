### Textes de l’interface en français. Ce qui manque ici s’affiche en anglais.
# unreviewed
language-name = Français

# How numbers are written (French writes 1 234 with a narrow no-break space): ten digits, the mark between groups of three,
# and the fewest digits a number has before it is grouped.
-numerals-digits = 0123456789
-numerals-group =  
-numerals-grouped-from = 4

# unreviewed
skip-to-content = Aller au contenu
# unreviewed
search-label = Rechercher dans l’espace
# unreviewed
search-button = Rechercher
# unreviewed
language-label = Langue
# unreviewed
language-button = Changer
# unreviewed
nav-account = Compte
# unreviewed
nav-sign-in = Se connecter
# unreviewed
nav-home = Accueil
# unreviewed
nav-site = Site
# unreviewed
nav-wiki = Wiki
# unreviewed
nav-members = Membres
# unreviewed
nav-notifications = Notifications
# unreviewed
nav-review = Relecture
# unreviewed
nav-admin = Administration
# unreviewed
breadcrumbs-label = Vous êtes ici
# unreviewed
footer-licence = Sauf mention contraire sur la page, son contenu est partagé sous
# unreviewed
footer-powered = Propulsé par Braid, un logiciel libre pour les communautés de pratique.

# unreviewed
home-lede = Un espace de connaissances partagé sur la sécurité organisationnelle holistique : numérique, physique, juridique et bien-être, ensemble. Écrit par des praticiennes et praticiens, pour les personnes et organisations qu’ils accompagnent.
# unreviewed
home-empty = Cet espace n’a encore aucune section.
# unreviewed
group-phase = Phases de l’accompagnement
# unreviewed
group-practice = Dans toutes les phases
# unreviewed
group-community = Notre communauté

# unreviewed
section-no-pages = Aucune page n’a encore été écrite dans cette section.
# unreviewed
sections-title = Sections
# unreviewed
sections-lede = Les sections forment le premier niveau de l’espace. Leur ordre ici est leur ordre sur la page d’accueil, au sein de chaque groupe. L’adresse d’une section reste la même quand elle est renommée.
# unreviewed
sections-move-up = Monter
# unreviewed
sections-move-down = Descendre
# unreviewed
sections-remove = Retirer
# unreviewed
sections-describe = Titre, description et groupe
# unreviewed
sections-field-summary = Description
# unreviewed
sections-field-group = Classée sous
# unreviewed
sections-new = Nouvelle section
# unreviewed
sections-add = Ajouter la section
# unreviewed
sections-manage = Gérer les sections
# unreviewed
problem-section-not-empty = Cette section contient encore des pages. Déplacez-les d’abord vers une autre section, en restaurant celles qui sont dans la corbeille.
# unreviewed
pager-label = Autres sections
# unreviewed
pager-previous = Précédente :
# unreviewed
pager-next = Suivante :

# unreviewed
search-title = Recherche
# unreviewed
search-hint = Saisissez un ou deux mots dans le champ de recherche ci-dessus.
# unreviewed
search-result-count = { $count ->
    [0] Aucun résultat.
    [one] Un résultat.
   *[other] { $count } résultats.
}

# unreviewed
sign-in-title = Connexion
# unreviewed
sign-in-invitation-only = On rejoint cet espace sur invitation : un membre se porte garant de chaque nouvelle personne.

# unreviewed
error-reference = Référence pour l’équipe technique :
# unreviewed
error-status = statut
# unreviewed
error-home = Aller à la page d’accueil
# unreviewed
error-400-title = Cette demande n’a pas pu être comprise
# unreviewed
error-400-text = Quelque chose manquait dans la demande ou était mal formé. Revenez en arrière, vérifiez ce que vous avez saisi et réessayez.
# unreviewed
error-403-title = Non autorisé
# unreviewed
error-403-text = Vous ne pouvez pas faire cela ici. Si vous venez d’un lien sur un autre site, allez directement sur cet espace et réessayez.
# unreviewed
error-403-pending-text = Votre adhésion attend d’être approuvée. D’ici là (ou, lorsque la communauté le demande, jusqu’à ce qu’un second membre se porte garant de vous), vous pouvez lire mais ne rien modifier.
# unreviewed
error-403-second-factor-text = L’un de vos rôles exige un second facteur. Configurez une application d’authentification depuis la page de votre compte, puis réessayez.
# unreviewed
error-403-role-text = Votre rôle ne le permet pas. Si vous pensez qu’il le devrait, demandez à une personne administratrice.
# unreviewed
error-404-title = Page introuvable
# unreviewed
error-404-text = Il n’y a rien à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.
# unreviewed
error-405-title = Impossible ici
# unreviewed
error-405-text = Cette adresse n’accepte pas ce type de demande.
# unreviewed
error-409-title = Modifié entre-temps
# unreviewed
error-409-text = Quelqu’un a modifié cet élément pendant que vous y travailliez. Revenez en arrière, rechargez la page pour voir la dernière version et réessayez.
# unreviewed
error-413-title = Trop volumineux
# unreviewed
error-413-text = Ce que vous avez envoyé dépasse ce que cet espace accepte.
# unreviewed
error-422-title = Cette demande n’a pas pu être comprise
# unreviewed
error-422-text = Quelque chose manquait dans le formulaire ou était mal formé. Revenez en arrière, vérifiez ce que vous avez saisi et réessayez.
# unreviewed
error-500-title = Un problème est survenu de notre côté
# unreviewed
error-500-text = Ce n’est pas de votre faute. Réessayez dans un instant ; si cela se reproduit, donnez la référence ci-dessous à l’équipe technique.
# unreviewed
error-503-title = Temporairement indisponible
# unreviewed
error-503-text = L’espace ne peut pas répondre pour le moment. Réessayez dans quelques minutes.

# unreviewed
nav-sign-out = Se déconnecter
# unreviewed
field-handle = Identifiant
# unreviewed
field-password = Mot de passe
# unreviewed
field-display-name = Nom affiché
# unreviewed
field-pronouns = Pronoms
# unreviewed
field-languages = Langues que vous parlez
# unreviewed
field-region = Région
# unreviewed
sign-in-button = Se connecter
# unreviewed
sign-in-failed = Cela n’a pas fonctionné. Vérifiez votre identifiant et votre mot de passe. Après plusieurs échecs, la connexion attend quelques minutes avant un nouvel essai.

# unreviewed
join-title = Rejoindre la communauté
# unreviewed
join-invited-by = { $handle } vous a invité·e et se porte garant·e de vous.
# unreviewed
join-invited = Vous avez été invité·e à rejoindre la communauté.
# unreviewed
join-handle-hint = Le nom que voient les autres. Un pseudonyme est bienvenu. Des lettres et des chiffres d’un seul alphabet, avec . _ ou - entre eux.
# unreviewed
join-password-hint = Au moins 15 caractères. Quelques mots ordinaires font un mot de passe solide et facile à retenir.
# unreviewed
join-optional = Facultatif : ne partagez que ce que vous voulez montrer aux autres
# unreviewed
join-accept = J’ai lu et j’accepte les
# unreviewed
join-guidelines-link = règles de la communauté et le code de conduite
# unreviewed
join-button = Rejoindre
# unreviewed
join-handle-taken = Cet identifiant est déjà pris. Choisissez-en un autre.
# unreviewed
join-closed-title = Cette invitation ne peut pas être utilisée
# unreviewed
join-closed-used = Elle a déjà été utilisée. Chaque invitation admet une seule personne.
# unreviewed
join-closed-expired = Elle a expiré, ou le membre qui l’a envoyée l’a retirée.
# unreviewed
join-closed-unknown = Il n’y a pas d’invitation à cette adresse. Vérifiez que le lien a été copié en entier.
# unreviewed
join-closed-next = Demandez une nouvelle invitation au membre qui vous a invité·e.

# unreviewed
welcome-title = Bienvenue
# unreviewed
welcome-lede = Vous êtes désormais membre. Prenez le temps de découvrir l’espace ; personne n’attend que vous contribuiez tout de suite.
# unreviewed
welcome-guidelines = Lire comment nous travaillons ensemble
# unreviewed
welcome-explore = Découvrir l’espace
# unreviewed
welcome-account = Votre compte et sa sécurité

# unreviewed
account-title = Votre compte
# unreviewed
profile-title = Votre profil
# unreviewed
profile-lede = Ce que les autres membres voient à côté de votre identifiant dans la liste des membres. Tout est facultatif : ne partagez que ce qui vous convient.
# unreviewed
profile-saved = Votre profil est enregistré.
# unreviewed
invite-open-title = Invitations encore ouvertes
# unreviewed
invite-open-none = Aucune invitation n’attend d’être utilisée.
# unreviewed
invite-open-expires = Valable jusqu’au
# unreviewed
invite-open-by = créée par { $handle }
# unreviewed
invite-withdraw = Retirer
# unreviewed
account-handle = Connecté·e en tant que
# unreviewed
account-roles = Rôles :
# unreviewed
account-sessions-link = Où vous êtes connecté·e
# unreviewed
account-invite-link = Inviter une personne de confiance
# unreviewed
account-events = Événements de sécurité récents
# unreviewed
column-when = Quand
# unreviewed
column-event = Événement
# unreviewed
column-detail = Détail
# unreviewed
column-device = Navigateur
# unreviewed
column-opened = Connexion
# unreviewed
column-last-seen = Dernière activité
# unreviewed
column-actions = Actions

# unreviewed
sessions-title = Où vous êtes connecté·e
# unreviewed
sessions-lede = Si vous ne reconnaissez pas une session, fermez-la et changez votre mot de passe.
# unreviewed
sessions-this-one = celle-ci
# unreviewed
sessions-revoke = Fermer
# unreviewed
sessions-revoke-others = Se déconnecter partout ailleurs

# unreviewed
invite-title = Inviter quelqu’un
# unreviewed
invite-lede = Une invitation engage votre parole : n’invitez que des personnes que vous connaissez et à qui vous faites confiance pour travailler avec des personnes en danger. Le lien fonctionne une fois, pendant sept jours.
# unreviewed
invite-note = Qui est-ce, et pourquoi l’invitez-vous ? (conservé dans le registre)
# unreviewed
invite-role = Rôle à l’arrivée
# unreviewed
invite-button = Créer l’invitation
# unreviewed
invite-too-many = Vous avez autant d’invitations ouvertes qu’un membre peut en avoir. Attendez que l’une soit utilisée ou expire.
# unreviewed
invite-created-title = Invitation créée
# unreviewed
invite-created-lede = Envoyez ce lien à la personne par un canal de confiance. Il n’est affiché qu’une seule fois.
# unreviewed
invite-link = Lien d’invitation
# unreviewed
invite-expires = Il fonctionne jusqu’au { $date }.

# unreviewed
account-two-factor-link = Second facteur (application d’authentification, clés d’accès)
# unreviewed
field-code = Code
# unreviewed
field-current-password = Votre mot de passe actuel
# unreviewed
sign-in-code-title = Encore une étape
# unreviewed
sign-in-code-lede = Saisissez le code à six chiffres de votre application d’authentification.
# unreviewed
sign-in-code-hint = Appareil perdu ? Saisissez plutôt l’un de vos codes de secours.
# unreviewed
sign-in-code-wrong = { $tries ->
    [one] Ce code n’a pas fonctionné. Encore un essai, puis il faudra de nouveau votre mot de passe.
   *[other] Ce code n’a pas fonctionné. Encore { $tries } essais, puis il faudra de nouveau votre mot de passe.
}
# unreviewed
sign-in-code-wait = { $minutes ->
    [one] Trop de codes erronés pour ce compte. Attendez une minute, puis réessayez.
   *[other] Trop de codes erronés pour ce compte. Attendez { $minutes } minutes, puis réessayez.
}
# unreviewed
sign-in-code-recovery-lede = Ou saisissez l’un de vos codes de secours.
# unreviewed
sign-in-code-passkey = Utiliser votre clé d’accès
# unreviewed
sign-in-code-or-code = Ou utiliser un code
# unreviewed
passkey-use-button = Utiliser ma clé d’accès
# unreviewed
passkey-browser-failed = La clé d’accès n’a pas répondu, ou la demande a été annulée. Appuyez sur le bouton pour réessayer.
# unreviewed
passkey-wrong-address = Les clés d’accès ne fonctionnent qu’à l’adresse publique de cet espace, { $address }, et cette page est ouverte à une autre adresse. Ouvrez l’espace à { $address } pour utiliser une clé d’accès.
# unreviewed
passkey-needs-javascript = Les clés d’accès ont besoin de JavaScript dans ce navigateur. Votre mot de passe et vos codes fonctionnent sans.
# unreviewed
passkey-sign-in-button = Se connecter avec une clé d’accès
# unreviewed
passkey-sign-in-title = Se connecter avec une clé d’accès
# unreviewed
passkey-sign-in-lede = Appuyez sur le bouton et choisissez votre clé d’accès pour cet espace. Votre appareil demandera son code PIN, votre empreinte ou votre visage.
# unreviewed
passkey-add-title = Ajouter une clé d’accès
# unreviewed
passkey-add-lede = Appuyez sur le bouton et suivez votre navigateur : il créera une clé d’accès sur cet appareil ou sur une clé de sécurité, protégée par son code PIN, votre empreinte ou votre visage.
# unreviewed
passkey-already-registered = Cette clé d’accès est déjà enregistrée.
# unreviewed
passkeys-title = Clés d’accès
# unreviewed
passkeys-lede = Une clé d’accès vous connecte avec le verrouillage d’écran de cet appareil ou une clé de sécurité, sans votre mot de passe ; elle sert aussi de seconde étape après votre mot de passe. Les sites d’hameçonnage ne peuvent pas l’utiliser.
# unreviewed
passkeys-name = Nom
# unreviewed
passkeys-name-hint = Pour distinguer vos clés d’accès, par exemple « ordinateur portable » ou « clé bleue ».
# unreviewed
passkeys-added = Ajoutée
# unreviewed
passkeys-last-used = Dernière utilisation
# unreviewed
passkeys-never = jamais
# unreviewed
passkeys-remove-title = Retirer une clé d’accès
# unreviewed
passkeys-add-title = Ajouter une clé d’accès
# unreviewed
passkeys-add-button = Ajouter une clé d’accès
# unreviewed
passkeys-unavailable = Les clés d’accès exigent que cet espace soit joint par un nom (son adresse publique est une adresse IP).
# unreviewed
problem-passkey-failed = La clé d’accès n’a pas répondu comme prévu. Réessayez.
# unreviewed
problem-passkey-wrong-address = Cette page a été ouverte à une autre adresse que l’adresse publique de l’espace, les clés d’accès ne peuvent donc pas fonctionner ici. Ouvrez l’espace à son adresse publique (l’équipe technique la définit dans public_url) et réessayez.
# unreviewed
problem-passkeys-unavailable = Les clés d’accès exigent que cet espace soit joint par un nom, pas par une adresse IP.
# unreviewed
two-factor-title = Second facteur
# unreviewed
two-factor-on = Une application d’authentification protège votre compte : la connexion demande votre mot de passe et un code de l’application.
# unreviewed
two-factor-off = Ajoutez une application d’authentification (comme Aegis, FreeOTP ou toute application qui lit les codes TOTP) pour qu’un mot de passe volé ne suffise pas à ouvrir votre compte.
# unreviewed
two-factor-codes-left = { $count ->
    [one] Il reste un code de secours inutilisé.
   *[other] Il reste { $count } codes de secours inutilisés.
}
# unreviewed
two-factor-start-button = Ajouter une application d’authentification
# unreviewed
two-factor-remove-title = Retirer l’application d’authentification
# unreviewed
two-factor-remove-button = Retirer
# unreviewed
two-factor-enrol-title = Ajouter votre application d’authentification
# unreviewed
two-factor-enrol-scan = Scannez ce code avec l’application :
# unreviewed
two-factor-qr-alt = Code QR contenant votre secret d’authentification
# unreviewed
two-factor-enrol-type = Ou saisissez ce secret dans l’application :
# unreviewed
two-factor-enrol-confirm = Saisissez le code que l’application affiche maintenant, pour confirmer.
# unreviewed
two-factor-confirm-button = Confirmer
# unreviewed
two-factor-codes-title = Vos codes de secours
# unreviewed
two-factor-codes-lede = Chaque code vous connecte une fois si vous perdez votre appareil. Notez-les ou imprimez-les maintenant et gardez-les en lieu sûr : ils ne seront plus affichés.

# unreviewed
members-title = Annuaire des membres
# unreviewed
members-lede = Les membres n’affichent ici que ce qu’ils ont choisi de partager en arrivant.
# unreviewed
members-filter-language = Langue
# unreviewed
members-filter-region = Région
# unreviewed
members-filter-button = Filtrer
# unreviewed
members-none = Aucun membre ne correspond.
# unreviewed
admin-members-title = Gérer les membres
# unreviewed
admin-members-lede = Les changements de rôle et les suspensions sont consignés dans le journal d’audit et ferment les sessions du membre.
# unreviewed
column-member = Membre
# unreviewed
column-status = Statut
# unreviewed
column-roles = Rôles
# unreviewed
admin-role-label = Rôle
# unreviewed
admin-until-label = Dernier jour (facultatif)
# unreviewed
admin-role-button = Attribuer le rôle
# unreviewed
admin-reason-label = Motif (conservé dans le registre)
# unreviewed
admin-suspend-button = Suspendre
# unreviewed
admin-reinstate-button = Réintégrer

# unreviewed
password-title = Changer votre mot de passe
# unreviewed
field-new-password = Nouveau mot de passe
# unreviewed
password-sign-out-elsewhere = Se déconnecter partout ailleurs
# unreviewed
password-button = Changer le mot de passe
# unreviewed
password-changed = Votre mot de passe a été changé.

# unreviewed
admin-approve-button = Approuver
# unreviewed
admin-audit-title = Événements de sécurité de tous les membres
# unreviewed
account-pending = Votre adhésion attend d’être approuvée. Vous pouvez lire tout ce que lisent les membres ; vous pourrez écrire, commenter et inviter une fois qu’elle sera approuvée.
# unreviewed
role-member = membre
# unreviewed
role-editor = éditeur·rice
# unreviewed
role-facilitator = facilitateur·rice
# unreviewed
role-response_team = équipe de réponse
# unreviewed
role-admin = administrateur·rice
# unreviewed
account-failed-attempts = { $count ->
    [one] Il y a eu une tentative de connexion échouée sur votre compte depuis votre dernière connexion. Si ce n’était pas vous, quelqu’un essaie peut-être de deviner votre mot de passe : ajoutez un second facteur.
   *[other] Il y a eu { $count } tentatives de connexion échouées sur votre compte depuis votre dernière connexion. Si ce n’était pas vous, quelqu’un essaie peut-être de deviner votre mot de passe : ajoutez un second facteur.
}
# unreviewed
account-failed-second-factor = { $count ->
    [one] Depuis votre dernière connexion, votre mot de passe a été saisi correctement une fois, suivi d’un code de second facteur erroné. Si ce n’était pas vous, quelqu’un connaît votre mot de passe : changez-le maintenant.
   *[other] Depuis votre dernière connexion, votre mot de passe a été saisi correctement, suivi d’un code de second facteur erroné, { $count } fois. Si ce n’était pas vous, quelqu’un connaît votre mot de passe : changez-le maintenant.
}
# unreviewed
column-actor = Par

# unreviewed
export-link = Télécharger vos données (JSON)
# unreviewed
delete-title = Supprimer votre compte
# unreviewed
delete-lede = Votre profil, vos sessions, vos seconds facteurs et votre journal de sécurité sont supprimés. Ce que vous avez écrit pour la communauté reste, attribué à « ancien membre ». C’est irréversible.
# unreviewed
delete-understood = Je comprends que c’est irréversible
# unreviewed
delete-confirm-needed = Cochez la case pour confirmer.
# unreviewed
delete-button = Supprimer mon compte

# unreviewed
admin-second-factor-legend = Exiger un second facteur pour
# unreviewed
admin-second-factor-button = Enregistrer
# unreviewed
admin-second-factor-confirm-title = Cela vous y obligerait aussi
# unreviewed
admin-second-factor-confirm-text = Vous n’avez pas encore de second facteur. Une fois ceci enregistré, vous ne pourrez rien faire avec ces rôles tant que vous n’en aurez pas ajouté un :
# unreviewed
admin-second-factor-confirm-button = L’exiger quand même
# unreviewed
admin-second-factor-set-up-first = Configurer d’abord mon second facteur
# unreviewed
admin-role-until = jusqu’au { $date }
# unreviewed
member-status-active = actif
# unreviewed
member-status-pending = en attente d’approbation
# unreviewed
member-status-suspended = suspendu
# unreviewed
account-second-factor-required = Votre rôle exige un second facteur. Tant que vous n’en avez pas ajouté un, vous ne pouvez gérer que votre propre compte.

# unreviewed
members-pending-title = En attente d’un second garant
# unreviewed
members-pending-lede = Ces nouvelles personnes ont été invitées et attendent qu’un autre membre se porte garant d’elles. Ne vous portez garant que de personnes que vous connaissez et en qui vous avez confiance.
# unreviewed
members-vouched-by = garanti·e par
# unreviewed
members-vouch-button = Je me porte garant·e

# unreviewed
problem-empty = Veuillez remplir { $field }.
# unreviewed
problem-too-long = { $field } est trop long : { $max } caractères au plus.
# unreviewed
problem-guidelines-not-accepted = Acceptez les règles de la communauté et le code de conduite pour la rejoindre.
# unreviewed
problem-password-is-handle = N’utilisez pas votre identifiant comme mot de passe.
# unreviewed
problem-control-characters = Retirez les caractères de contrôle et de forçage de direction.
# unreviewed
problem-code-mismatch = Ce code ne correspond pas. Vérifiez l’heure de votre appareil et essayez le code suivant.
# unreviewed
problem-wrong-current-password = Ce n’est pas votre mot de passe actuel.
# unreviewed
problem-review-state-unknown = Braid ne connaît pas cet état de relecture.
# unreviewed
problem-handle-reserved = Cet identifiant est réservé à l’espace lui-même, pour que personne ne puisse se faire passer pour son équipe. Choisissez-en un autre.
# unreviewed
problem-handle-lookalike = Cet identifiant ressemble à celui d’un autre membre. Choisissez-en un qui se lit différemment.
# unreviewed
problem-current-password-wait = Trop de mots de passe erronés pour ce compte. Attendez quelques minutes, puis réessayez.
# unreviewed
problem-password-common = Ce mot de passe fait partie des plus courants, que les attaquants essaient en premier. Choisissez-en un autre.
# unreviewed
problem-password-guessable = Ce mot de passe est trop facile à deviner.
# unreviewed
problem-term-in-past = La fin du mandat doit être dans le futur.
# unreviewed
problem-password-short = Utilisez au moins 15 caractères. Quelques mots ordinaires font un bon mot de passe.
# unreviewed
problem-handle-short = Utilisez au moins 2 caractères.
# unreviewed
problem-password-short-with-second-factor = Utilisez au moins 8 caractères.
# unreviewed
problem-handle-characters = Utilisez des lettres et des chiffres, avec un seul . _ ou - entre eux.
# unreviewed
problem-handle-one-script = N’utilisez que les lettres d’un seul alphabet.
# unreviewed
problem-unknown-role = Choisissez membre, éditeur·rice, facilitateur·rice, équipe de réponse ou administrateur·rice.
# unreviewed
problem-cannot-suspend-self = Vous ne pouvez pas vous suspendre vous-même.
# unreviewed
field-note = Note
# unreviewed
field-reason = Motif
# unreviewed
problem-unknown-group = Groupe de sections inconnu.
# unreviewed
problem-unknown-status = Statut de compte inconnu.
# unreviewed
problem-slug-characters = Utilisez des lettres minuscules et des chiffres séparés par des tirets simples.
# unreviewed
problem-job-kind-characters = Utilisez des lettres minuscules, des chiffres et des tirets bas.

# unreviewed
section-pages = Pages
# unreviewed
section-parts = Parties de la liste de cette section
# unreviewed
section-part = Pages { $from } à { $to } sur { $total }
# unreviewed
section-earlier = Pages précédentes
# unreviewed
section-later = Pages suivantes
# unreviewed
page-new = Nouvelle page
# unreviewed
page-tree-label = Pages de cette section
# unreviewed
page-tree-more = { $count ->
    [one] Encore une page…
   *[other] Encore { $count } pages…
}
# unreviewed
page-old-revision = Vous lisez la révision { $number }, pas la plus récente.
# unreviewed
page-see-latest = Voir la plus récente.
# unreviewed
revision-suppressed-notice = Cette révision est masquée : seules les personnes administratrices peuvent la voir, où que ce soit.
# unreviewed
revision-suppress = Masquer cette révision
# unreviewed
revision-suppress-lede = À utiliser quand ce texte a exposé quelque chose (une adresse, un nom). Plus personne, hormis les personnes administratrices, ne verra cette révision : ni dans l’historique, ni dans les comparaisons, les modifications récentes, les flux ou les exports. Le texte publié ne peut pas être masqué : retirez d’abord la partie exposée en modifiant la page, puis masquez chaque révision antérieure qui la contient encore.
# unreviewed
revision-suppress-reason = Pourquoi (conservé dans le journal d’audit)
# unreviewed
revision-suppress-button = Masquer
# unreviewed
problem-revision-is-published = C’est le texte que voient les lecteurs. Retirez d’abord la partie exposée en modifiant la page, puis masquez cette révision.
# unreviewed
event-revision_suppressed = Révision masquée
# unreviewed
visibility-public = Publique : tout le monde peut la lire
# unreviewed
visibility-members = Membres seulement
# unreviewed
visibility-editors = Éditeurs seulement
# unreviewed
page-edit = Modifier
# unreviewed
page-history = Historique
# unreviewed
page-more-actions = Plus
# unreviewed
page-toc = Sommaire
# unreviewed
page-licence = Ce texte est partagé sous
# unreviewed
page-contributors = Écrit par
# unreviewed
links-here-title = Pages qui pointent ici
# unreviewed
links-here-none = Aucune page ne pointe encore vers celle-ci.
# unreviewed
export-source = La dernière version se trouve à
# unreviewed
page-revision-line = Révision
# unreviewed
page-conflict = Quelqu’un a enregistré cette page pendant que vous la modifiiez, et certaines de vos modifications touchent les mêmes lignes. Rien n’a été enregistré. Les deux versions figurent dans le texte ci-dessous entre les marqueurs <<<<<<< yours, ======= et >>>>>>> saved meanwhile : gardez ce qui convient, retirez les marqueurs et enregistrez de nouveau.
# unreviewed
page-conflict-title = Le titre a aussi été changé, en :
# unreviewed
page-preview = Aperçu
# unreviewed
field-title = Titre
# unreviewed
field-text = Texte
# unreviewed
page-markdown-hint = Markdown : # titres, **gras**, *italique*, [liens](https://…), [[Titre de page]] pour une autre page, - listes, | tableaux | et notes de bas de page[^1].
# unreviewed
field-summary = Résumé de votre modification
# unreviewed
field-visibility = Qui peut la lire
# unreviewed
page-visibility-button = Changer qui peut la lire
# unreviewed
page-preview-button = Aperçu
# unreviewed
page-save-button = Enregistrer
# unreviewed
page-exists = Une page portant ce titre existe déjà dans cette section. Choisissez un autre titre, ou modifiez cette page.
# unreviewed
history-caption = Révisions, de la plus récente à la plus ancienne. Choisissez-en deux à comparer.
# unreviewed
history-from = De
# unreviewed
history-to = À
# unreviewed
history-revision = Révision
# unreviewed
history-when = Enregistrée
# unreviewed
history-who = Par
# unreviewed
history-lines = Lignes
# unreviewed
history-actions = Actions
# unreviewed
history-restore = Restaurer
# unreviewed
history-suppressed = masquée
# unreviewed
history-compare = Comparer
# unreviewed
history-compare-side = Comparer côte à côte
# unreviewed
diff-title = Modifications
# unreviewed
diff-between = Entre les révisions
# unreviewed
diff-inline = Afficher sur une colonne
# unreviewed
diff-side = Afficher côte à côte
# unreviewed
diff-title-changed = Titre modifié :
# unreviewed
diff-none = Ces révisions ont le même texte.
# unreviewed
diff-removed = retiré :
# unreviewed
diff-added = ajouté :
# unreviewed
diff-line = Ligne
# unreviewed
problem-unknown-visibility = Choisissez qui peut la lire : public, membres ou éditeurs.
# unreviewed
problem-title-needs-letters = Utilisez au moins une lettre ou un chiffre dans le titre.
# unreviewed
problem-conflict-markers = Le texte contient encore des marqueurs de conflit (<<<<<<<, =======, >>>>>>>). Gardez ce qui convient et retirez-les.

# unreviewed
recent-title = Modifications récentes
# unreviewed
recent-feed = Flux des modifications publiques (Atom)
# unreviewed
recent-section = Section
# unreviewed
recent-all-sections = Toutes les sections
# unreviewed
recent-person = Membre
# unreviewed
recent-filter = Afficher
# unreviewed
recent-none = Aucune modification ne correspond.
# unreviewed
recent-diff = modifications
# unreviewed
recent-new = nouvelle page
# unreviewed
nav-recent = Modifications récentes

# unreviewed
page-delete = Mettre à la corbeille
# unreviewed
page-deleted-while-editing = Un éditeur a mis cette page à la corbeille pendant que vous la modifiiez. Rien n’a été enregistré ; votre texte est ci-dessous, pour que vous puissiez le copier ou demander à un éditeur de restaurer la page.
# unreviewed
bin-title = Corbeille
# unreviewed
bin-lede = Pages supprimées par les éditeurs. En restaurer une la ramène avec tout son historique.
# unreviewed
bin-empty = La corbeille est vide.
# unreviewed
bin-deleted = Supprimée
# unreviewed
problem-page-has-children = Déplacez ou supprimez d’abord ses sous-pages.
# unreviewed
problem-page-parent-deleted = Restaurez d’abord la page dont elle dépend.

# unreviewed
comments-title = Discussion
# unreviewed
comments-none = Pas encore de commentaire.
# unreviewed
comment-edited = modifié
# unreviewed
comment-resolved = résolu
# unreviewed
comment-deleted = Ce commentaire a été supprimé.
# unreviewed
comment-reply = Répondre
# unreviewed
comment-reply-button = Répondre
# unreviewed
comment-edit = Modifier le commentaire
# unreviewed
comment-text = Commentaire (Markdown)
# unreviewed
comment-save = Enregistrer le commentaire
# unreviewed
comment-delete = Supprimer
# unreviewed
comment-resolve = Marquer comme résolu
# unreviewed
comment-reopen = Rouvrir
# unreviewed
comment-new = Ajouter un commentaire (Markdown)
# unreviewed
comment-add-button = Commenter

# unreviewed
page-move = Déplacer
# unreviewed
page-move-lede = La page est déplacée avec ses sous-pages. Son ancienne adresse continue de fonctionner.
# unreviewed
page-move-parent = Sous quelle page
# unreviewed
page-move-top = En haut de la section
# unreviewed
page-move-parent-hint = Pages de la section actuelle de cette page ; pour la placer sous une page d’une autre section, déplacez-la d’abord vers cette section.
# unreviewed
page-move-taken = Une page ayant la même adresse existe déjà dans cette section.
# unreviewed
page-earlier = Monter
# unreviewed
page-later = Descendre
# unreviewed
problem-page-under-itself = Une page ne peut pas aller sous elle-même ni sous ses propres sous-pages.

# unreviewed
page-export-markdown = Markdown
# unreviewed
page-export-html = Fichier HTML

# unreviewed
review-title = File de relecture
# unreviewed
review-lede = Les modifications des membres qui ne sont pas encore de confiance attendent ici ; les lecteurs voient le dernier texte approuvé jusqu’à ce qu’un éditeur approuve.
# unreviewed
review-empty = Rien n’attend de relecture.
# unreviewed
review-trust = Faire aussi confiance à ce membre : ses prochaines modifications n’auront pas besoin de relecture
# unreviewed
review-approve = Approuver
# unreviewed
review-note = Pourquoi elle est renvoyée (l’auteur le voit dans l’historique)
# unreviewed
review-send-back = Renvoyer
# unreviewed
review-superseded = La page a changé entre-temps ; regardez de nouveau sa dernière révision.
# unreviewed
page-pending = Une révision plus récente attend d’être relue.
# unreviewed
page-pending-see = La voir.
# unreviewed
page-pending-this = Cette révision attend d’être relue : les lecteurs ne la voient pas encore.

# unreviewed
labels-title = Étiquettes
# unreviewed
labels-none = Aucune page n’a encore d’étiquette.
# unreviewed
field-labels = Étiquettes
# unreviewed
field-labels-hint = Séparées par des virgules, par ex. à relire, exercice, guide d’outil.
# unreviewed
recent-label = Étiquette
# unreviewed
page-template = Partir d’un modèle
# unreviewed
page-template-use = L’utiliser
# unreviewed
templates-title = Modèles
# unreviewed
templates-lede = Les nouvelles pages peuvent partir de ceux-ci. Les éditeurs les tiennent à jour.
# unreviewed
templates-new = Nouveau modèle
# unreviewed
template-exists = Un modèle porte déjà ce nom.
# unreviewed
problem-label-characters = Utilisez des lettres, des chiffres, des espaces et des tirets dans les étiquettes, séparées par des virgules.
# unreviewed
problem-too-many-labels = Utilisez au plus 12 étiquettes.

# unreviewed
attachments-title = Fichiers
# unreviewed
attachment-waiting = en attente de relecture
# unreviewed
attachment-snippet = Markdown pour l’afficher dans la page
# unreviewed
review-files = Fichiers en attente
# unreviewed
review-files-page = sa page
# unreviewed
attachment-file = Joindre un fichier
# unreviewed
attachment-hint = Images, PDF, documents bureautiques ou texte, jusqu’à { $mib } Mo. Les images perdent leur localisation, les informations de l’appareil photo, les commentaires et tout ce qui est caché après l’image. Les PDF perdent les noms d’auteur, de créateur et de logiciel, même compressés (sauf dans de rares encodages). Les documents bureautiques perdent leurs propriétés (auteur, dernier éditeur, organisation, modèle, dates), mais les noms dans les modifications suivies et les commentaires du texte restent : retirez-les d’abord dans votre logiciel de bureautique.
# unreviewed
attachment-upload = Joindre
# unreviewed
attachment-choose = Choisissez un fichier à joindre.
# unreviewed
problem-file-kind = Joignez des images (PNG, JPEG, GIF, WebP), des PDF, des documents bureautiques ou du texte.
# unreviewed
problem-file-damaged = Cette image est endommagée.

# unreviewed
page-watch = Suivre
# unreviewed
page-unwatch = Ne plus suivre
# unreviewed
section-watch = Suivre la section
# unreviewed
section-unwatch = Ne plus suivre la section
# unreviewed
page-review-by = Revérifier ce conseil avant le
# unreviewed
page-review-by-field = À relire avant le
# unreviewed
notifications-title = Notifications
# unreviewed
notifications-none = Rien de nouveau.
# unreviewed
notifications-read = Tout marquer comme lu
# unreviewed
notifications-new = nouveau
# unreviewed
notification-page-changed = Modifiée :
# unreviewed
notification-comment = Nouveau commentaire sur
# unreviewed
notification-review-due = À relire :
# unreviewed
notification-second-factor-guessing = Quelqu’un a saisi correctement votre mot de passe, puis plusieurs codes de second facteur erronés. Si ce n’était pas vous, quelqu’un connaît votre mot de passe : changez-le maintenant. Les codes suivants ne sont vérifiés qu’après une attente de plus en plus longue.
# unreviewed
due-title = À relire
# unreviewed
due-lede = Les conseils de sécurité vieillissent. Ces pages devraient être revérifiées bientôt, ou auraient déjà dû l’être.
# unreviewed
due-none = Aucune page n’est à relire dans les 30 prochains jours.
# unreviewed
due-overdue = en retard
# unreviewed
problem-date-format = Utilisez une date comme 2027-03-31.

# unreviewed
page-how-to-contribute = Comment contribuer
# unreviewed
section-licence = Licence des pages de cette section
# unreviewed
problem-unknown-licence = Choisissez CC BY-SA 4.0, CC BY 4.0 ou CC0.

# unreviewed
wanted-title = Pages demandées
# unreviewed
wanted-lede = Pages vers lesquelles pointent des liens mais pas encore écrites. Écrivez-en une : les liens fonctionnent aussitôt.
# unreviewed
wanted-none = Toutes les pages liées existent.
# unreviewed
wanted-from = liée depuis
# unreviewed
wanted-more-pages = { $count ->
    [one] et une autre page
   *[other] et { $count } autres pages
}
# unreviewed
wanted-more-titles = { $count ->
    [one] Une autre page demandée, liée depuis moins de pages, n’est pas listée.
   *[other] { $count } autres pages demandées, liées depuis moins de pages, ne sont pas listées.
}
# unreviewed
field-language = Langue du texte
# unreviewed
problem-unknown-language = Choisissez l’une des langues proposées.
# unreviewed
search-syntax = Utilisez des "guillemets" pour une expression, une étoile pour le début d’un mot (sécur*) et un signe moins pour exclure un mot (-android).
# unreviewed
search-facets = Affiner les résultats
# unreviewed
search-incomplete = L’index de recherche est encore en cours de reconstruction après une mise à jour ou une restauration ; certaines pages peuvent manquer dans ces résultats pendant quelques minutes.
# unreviewed
search-facet-language = Langue
# unreviewed
search-facet-section = Section
# unreviewed
search-facet-label = Étiquette
# unreviewed
search-facet-kind = Type
# unreviewed
search-facet-any = Tous
# unreviewed
search-kind-page = Page
# unreviewed
search-kind-comment = Commentaire
# unreviewed
search-pages = Plus de résultats
# unreviewed
search-previous = Résultats précédents
# unreviewed
search-next = Résultats suivants
# unreviewed
search-sections = Sections
# unreviewed
search-suggestions = Suggestions

# Événements de sécurité, par leurs noms stables.
# unreviewed
event-other = Événement de sécurité
# unreviewed
event-account_created = Compte créé
# unreviewed
event-account_deleted = Compte supprimé
# unreviewed
event-activated = Devenu membre à part entière
# unreviewed
event-invitation_created = Invitation créée
# unreviewed
event-invitation_withdrawn = Invitation retirée
# unreviewed
event-joined = Arrivée
# unreviewed
event-passkey_added = Clé d’accès ajoutée
# unreviewed
event-passkey_removed = Clé d’accès retirée
# unreviewed
event-password_changed = Mot de passe changé
# unreviewed
event-password_check_failed = Mot de passe actuel erroné
# unreviewed
event-policy_changed = Règle modifiée
# unreviewed
event-profile_changed = Profil modifié
# unreviewed
event-reinstated = Réintégré
# unreviewed
event-role_changed = Rôle modifié
# unreviewed
event-role_lapsed = Fin du mandat du rôle
# unreviewed
event-sealing_key_recorded = Clé des secrets enregistrée
# unreviewed
event-second_factor_failed = Code de second facteur erroné
# unreviewed
event-second_factor_refused = Second facteur refusé
# unreviewed
event-session_revoked = Session fermée
# unreviewed
event-sign_in_failed = Échec de connexion
# unreviewed
event-sign_in_refused = Connexion refusée
# unreviewed
event-signed_in = Connexion
# unreviewed
event-signed_in_with_recovery_code = Connexion avec un code de secours
# unreviewed
event-signed_out = Déconnexion
# unreviewed
event-signed_out_everywhere = Déconnexion partout
# unreviewed
event-suspended = Suspendu
# unreviewed
event-totp_enabled = Application d’authentification ajoutée
# unreviewed
event-totp_removed = Application d’authentification retirée
# unreviewed
event-vouched = Garant

# Détails des événements de sécurité ; $role et $roles sont déjà en toutes lettres.
# unreviewed
event-detail-account_created = Créé par l’équipe technique, comme { $role }
# unreviewed
event-detail-invitation_created = Pour l’arrivée d’une personne comme { $role } ; note : { $note }
# unreviewed
event-detail-invitation_withdrawn = Elle était pour l’arrivée d’une personne comme { $role }
# unreviewed
event-detail-joined = Arrivée sur invitation, comme { $role }
# unreviewed
event-detail-sign_in_refused = { $why ->
    [locked] La connexion par mot de passe est coupée après trop d’échecs
    [suspended] Le compte est suspendu
    [passkey] La clé d’accès « { $name } » a été refusée
   *[waiting] Essai pendant l’attente après des échecs
  }
# unreviewed
event-detail-sign_in_failed = Mot de passe erroné ({ $count } de suite)
# unreviewed
event-detail-second_factor_failed = { $how ->
    [recovery] Code de secours erroné
   *[code] Code d’authentification erroné
  }
# unreviewed
event-detail-second_factor_refused = Essai pendant l’attente après des codes erronés
# unreviewed
event-detail-password_check_failed = Avant un changement de sécurité ({ $count } de suite)
# unreviewed
event-detail-signed_in = { $how ->
    [passkey] Avec la clé d’accès « { $name } »
    [code] Avec mot de passe et code d’authentification
    [recovery] Avec mot de passe et un code de secours
    [passkey-second] Avec mot de passe et une clé d’accès
   *[password] Avec mot de passe
  }
# unreviewed
event-detail-totp_enabled = { $codes } codes de secours émis
# unreviewed
event-detail-passkey_added = « { $name } »{ $codes ->
    [none] {""}
   *[other] ; { $codes } codes de secours émis
  }
# unreviewed
event-detail-passkey_removed = « { $name } »
# unreviewed
event-detail-policy_changed = Second facteur exigé pour : { $roles }
# unreviewed
event-detail-nobody = personne
# unreviewed
event-detail-signed_out_everywhere = { $which ->
    [others] Toutes les autres sessions
   *[all] Toutes les sessions
  }
# unreviewed
event-detail-role_changed = { $until ->
    [none] { $role }
   *[other] { $role } jusqu’au { $until }
  }
# unreviewed
event-detail-role_lapsed = { $role } terminé le { $until }
# unreviewed
event-detail-reinstated = { $how ->
    [role] Approuvé avec un rôle
   *[other] Réintégré
  }
# unreviewed
event-detail-suspended = Motif : { $reason }
# unreviewed
event-detail-vouched = Garanti par { $handle }
# unreviewed
event-detail-activated = { $count } garants
# unreviewed
event-detail-sealing_key_recorded = Les secrets sont scellés par une clé gardée hors de la base de données
# unreviewed
event-detail-account_deleted = Un membre a supprimé son compte
# unreviewed
event-detail-revision_suppressed = Révision { $revision } de { $page } : { $reason }

# La page d’état de l’espace (administration).
# unreviewed
admin-status-title = Le travail de fond de l’espace
# unreviewed
admin-status-lede = Après chaque modification, l’espace met à jour son index de recherche et prévient les personnes qui suivent, en arrière-plan. Vous voyez ici où en est chacune de ces tâches et si quelque chose a échoué.
# unreviewed
admin-status-followers = Travail qui suit chaque modification
# unreviewed
admin-status-failed-jobs = Tâches définitivement échouées
# unreviewed
admin-status-no-failed-jobs = Aucune tâche n’a échoué.
# unreviewed
admin-status-no-error = Aucune
# unreviewed
column-follower = Travail
# unreviewed
column-applied-up-to = Fait jusqu’à la modification
# unreviewed
column-behind = Modifications en attente
# unreviewed
column-last-error = Dernière erreur
# unreviewed
column-job = Tâche
# unreviewed
column-attempts = Essais
# unreviewed
follower-search = Index de recherche
# unreviewed
follower-notifications = Notifications aux personnes qui suivent
# unreviewed
job-prune_finished_jobs = Nettoyer les tâches terminées et les étapes de connexion expirées
# unreviewed
job-lapse_role_terms = Mettre fin aux rôles dont le mandat est terminé
# unreviewed
job-remind_reviews = Rappeler aux personnes qui suivent les pages à relire
# unreviewed
job-unknown = Une tâche que cette version ne connaît pas

# Dates. Les mois tels qu’ils s’écrivent dans une date ; l’heure est en UTC.
# unreviewed
month-1 = janvier
# unreviewed
month-2 = février
# unreviewed
month-3 = mars
# unreviewed
month-4 = avril
# unreviewed
month-5 = mai
# unreviewed
month-6 = juin
# unreviewed
month-7 = juillet
# unreviewed
month-8 = août
# unreviewed
month-9 = septembre
# unreviewed
month-10 = octobre
# unreviewed
month-11 = novembre
# unreviewed
month-12 = décembre
# unreviewed
date-time = { $day } { $month } { $year } à { $time } UTC

# unreviewed
page-translate = Traduire
# unreviewed
page-languages = Cette page dans d’autres langues
# unreviewed
translation-of = Traduction de
# unreviewed
translation-update = Mettre à jour la traduction
# unreviewed
translation-review-button = Marquer comme relue par une deuxième personne
# unreviewed
translation-state-missing = Manquante
# unreviewed
translation-state-draft = Brouillon
# unreviewed
translation-state-outdated = Obsolète
# unreviewed
translation-state-up-to-date = À jour
# unreviewed
translation-state-reviewed = Relue
# unreviewed
translate-choose-lede = Choisissez la langue dans laquelle traduire cette page. Votre traduction lui reste liée : quand elle change, les paragraphes modifiés vous sont signalés.
# unreviewed
translate-lede = Chaque paragraphe de l’original est à côté de sa traduction. Traduisez ce que vous pouvez : un paragraphe laissé vide montre aux lecteurs les mots de l’original jusqu’à ce que quelqu’un le traduise.
# unreviewed
translate-changed-count = { $count ->
    [one] Un paragraphe de l’original a changé depuis cette traduction : il est signalé.
   *[other] { $count } paragraphes de l’original ont changé depuis cette traduction : ils sont signalés.
}
# unreviewed
translate-changed = Modifié dans l’original
# unreviewed
translate-was = Ce qu’il disait avant
# unreviewed
translate-paragraph-label = Traduction du paragraphe { $number }
# unreviewed
translate-empty-hint = Gardez le Markdown de l’original : # titres, **gras**, [liens](…) et [[titres de page]] (écrivez le titre de la page dans votre langue quand elle existe).
# unreviewed
translate-draft = Pas encore terminée : la garder en brouillon
# unreviewed
translate-save = Enregistrer la traduction
# unreviewed
translations-title = Traductions
# unreviewed
translations-lede = Où en est chaque langue : pages à traduire, traductions à mettre à jour après un changement de l’original, et celles qu’une deuxième personne a relues.
# unreviewed
translations-language = Langue
# unreviewed
translations-show = Afficher
# unreviewed
translations-none = Aucune page ne peut encore être traduite dans cette langue.
# unreviewed
translations-done = Traduites et à jour :
# unreviewed
translations-by-section = Traductions par section
# unreviewed
translations-done-column = Fait
# unreviewed
translations-next = À traduire ensuite
# unreviewed
translations-next-none = Rien n’attend : toutes les pages sont traduites et à jour.
# unreviewed
translations-behind = { $count ->
    [one] l’original a changé une fois depuis
   *[other] l’original a changé { $count } fois depuis
}
# unreviewed
translations-linked-from = { $count ->
    [one] liée depuis une page
   *[other] liée depuis { $count } pages
}
# unreviewed
problem-translation-own-review = Une deuxième personne relit une traduction, pas celle qui l’a écrite.
# unreviewed
problem-translation-same-language = Une page ne se traduit pas dans la langue où elle est écrite.
# unreviewed
percent = { $value } %
# unreviewed
translations-done-figure = { $done } sur { $total } ({ $percent })

# unreviewed
glossary-title = Glossaire
# unreviewed
glossary-lede = Les mots que cette communauté traduit d’une seule façon, pour que toutes les pages les disent pareil. L’éditeur de traduction montre à côté de chaque paragraphe les termes qu’il contient.
# unreviewed
glossary-none = Aucun terme pour l’instant.
# unreviewed
glossary-add-title = Ajouter ou modifier un terme
# unreviewed
glossary-keep = Le garder tel quel (un nom, un outil)
# unreviewed
glossary-kept = gardé tel quel
# unreviewed
glossary-save = Enregistrer le terme
# unreviewed
glossary-remove = Retirer
# unreviewed
field-term = Terme
# unreviewed
field-translation = Traduction
# unreviewed
translate-terms = Du glossaire
# unreviewed
translate-suggestions = Déjà traduit
# unreviewed
translate-claim = Je traduis cette page (pour deux jours)
# unreviewed
translate-release = J’ai arrêté de traduire cette page
# unreviewed
translate-claimed-by = { $handle } traduit cette page jusqu’au { $date }.
# unreviewed
translate-claimed-you = Vous traduisez cette page jusqu’au { $date }.
# unreviewed
sections-translations = Titre et description dans d’autres langues
# unreviewed
sections-translations-hint = Les lecteurs d’une langue voient son titre et sa description à la place de ceux de la section. Laissez le titre vide pour les retirer.
# unreviewed
translate-use = L’utiliser

# unreviewed
nav-discussion = Discussion
# unreviewed
discussion-title = Discussion
# unreviewed
discussion-lede = Des fils par catégories : lisez-les et écrivez-y ici, et bientôt aussi par courriel.
# unreviewed
discussion-none = Aucune catégorie ne vous est encore ouverte.
# unreviewed
discussion-threads = { $count ->
    [one] { $count } fil
   *[other] { $count } fils
}
# unreviewed
discussion-latest = dernier message
# unreviewed
discussion-older = Fils plus anciens
# unreviewed
former-member = ancien membre
# unreviewed
category-new = Nouvelle catégorie
# unreviewed
category-settings = Réglages de la catégorie
# unreviewed
category-save = Enregistrer la catégorie
# unreviewed
category-watch = Suivre cette catégorie
# unreviewed
category-unwatch = Ne plus suivre
# unreviewed
category-no-threads = Aucun fil pour l’instant.
# unreviewed
category-readers-public = Tout le monde peut la lire, connecté ou non.
# unreviewed
category-readers-members = Les membres peuvent la lire.
# unreviewed
category-readers-roles = Seuls ceux-ci peuvent la lire : { $roles }.
# unreviewed
category-readers-chosen-roles = Seulement les rôles cochés ci-dessous
# unreviewed
category-slug-hint = Une partie de son adresse et, plus tard, de son adresse de courriel : minuscules et chiffres séparés par des tirets, p. ex. questions-a-la-communaute.
# unreviewed
category-starters-readers = Toutes les personnes qui la lisent
# unreviewed
category-starters-facilitators = Les facilitateurs seulement (annonces)
# unreviewed
category-moderation-first-posts = Le premier message d’un membre attend un facilitateur
# unreviewed
category-moderation-all = Chaque message attend un facilitateur
# unreviewed
category-moderation-none = Aucun message n’attend
# unreviewed
field-category-name = Nom
# unreviewed
field-category-slug = Nom court
# unreviewed
field-category-description = À quoi elle sert
# unreviewed
field-category-readers = Qui peut la lire
# unreviewed
field-starters = Qui peut ouvrir des fils
# unreviewed
field-moderation = Modération
# unreviewed
field-moderation-note = Note
# unreviewed
field-thread-title = Titre
# unreviewed
field-post = Votre message (Markdown)
# unreviewed
thread-new = Ouvrir un fil
# unreviewed
thread-start = Ouvrir le fil
# unreviewed
thread-posts = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
# unreviewed
thread-solved = résolu
# unreviewed
thread-locked = verrouillé
# unreviewed
thread-mute = Mettre ce fil en sourdine
# unreviewed
thread-unmute = Réactiver
# unreviewed
thread-lock = Verrouiller
# unreviewed
thread-unlock = Déverrouiller
# unreviewed
thread-reply = Répondre
# unreviewed
thread-reply-button = Publier la réponse
# unreviewed
thread-locked-notice = Ce fil est verrouillé : seuls les facilitateurs peuvent y écrire.
# unreviewed
post-held = en attente d’un facilitateur
# unreviewed
post-rejected = non publié
# unreviewed
post-rejected-note = Note d’un facilitateur :
# unreviewed
post-edited = modifié
# unreviewed
post-solution = réponse
# unreviewed
post-quoting = En réponse à
# unreviewed
post-deleted = Ce message a été supprimé.
# unreviewed
post-quote = Citer et répondre
# unreviewed
post-edit = Modifier le message
# unreviewed
post-edit-hint = Les lecteurs peuvent voir ce que disait un message avant chaque modification.
# unreviewed
post-back = Retour au fil
# unreviewed
post-mark-solution = Marquer comme la réponse
# unreviewed
post-unmark-solution = Pas la réponse
# unreviewed
post-history = Versions précédentes d’un message
# unreviewed
post-history-now = Maintenant
# unreviewed
post-history-until = Jusqu’au
# unreviewed
moderation-title = Messages en attente d’un facilitateur
# unreviewed
moderation-lede = Approuvez un message pour le publier, ou refusez-le avec une note que seul son auteur voit. Chaque décision est enregistrée.
# unreviewed
moderation-none = Rien n’attend.
# unreviewed
moderation-starts = ouvre
# unreviewed
moderation-replies = répond dans
# unreviewed
moderation-note = Note pour l’auteur (facultative)
# unreviewed
moderation-approve = Approuver
# unreviewed
moderation-reject = Refuser
# unreviewed
notification-post = Nouveau message dans
# unreviewed
problem-category-no-roles = Cochez au moins un rôle qui peut lire la catégorie.
# unreviewed
problem-category-readers = Choisissez qui peut lire la catégorie.
# unreviewed
problem-category-slug-taken = Une autre catégorie porte ce nom court.
# unreviewed
problem-unknown-starters = Choisissez qui peut ouvrir des fils.
# unreviewed
problem-unknown-moderation = Choisissez comment les messages sont modérés.

# unreviewed
field-delivery = Par courriel
# unreviewed
delivery-every = Chaque message
# unreviewed
delivery-web = Rien : je lis sur le web
# unreviewed
delivery-save = Enregistrer
# unreviewed
delivery-to = Le courriel va à
# unreviewed
delivery-no-address = Votre compte n’a pas encore d’adresse de courriel confirmée : rien ne vous est envoyé par courriel.
# unreviewed
unsubscribe-title = Ne plus recevoir les courriels d’une catégorie
# unreviewed
unsubscribe-lede = Ne plus recevoir par courriel les messages de « { $category } » ? Vous pourrez toujours les lire sur le web, et choisir à nouveau le courriel sur la page de la catégorie.
# unreviewed
unsubscribe-button = Arrêter les courriels
# unreviewed
unsubscribe-done = C’est fait : les messages de « { $category } » ne vous sont plus envoyés par courriel.
# unreviewed
mail-read-on-web = Lire le fil et répondre sur le web
# unreviewed
mail-stop = Ne plus recevoir ces messages
# unreviewed
follower-mail = Courriels aux membres qui suivent par courriel
# unreviewed
job-deliver_post = Envoi d’un message à un membre par courriel
# unreviewed
job-confirm_address = Envoi d’un lien pour confirmer une adresse
# unreviewed
field-email = Adresse de courriel
# unreviewed
problem-unknown-delivery = Choisissez chaque message, un résumé par jour, ou rien par courriel.
# unreviewed
problem-email-address = Utilisez une adresse comme nom@example.org.

# unreviewed
email-title = Adresse de courriel
# unreviewed
email-lede = Là où le hub envoie les messages de la discussion que vous suivez par courriel. Seuls vous et le hub la voyez ; les autres membres jamais.
# unreviewed
email-current = Le courriel va à
# unreviewed
email-none = Vous n’avez pas d’adresse de courriel ici.
# unreviewed
email-requested = Un lien a été envoyé à { $address } : l’adresse sera la vôtre une fois le lien ouvert.
# unreviewed
email-sent = Nous avons envoyé un lien à { $address }. Ouvrez-le dans les deux jours pour confirmer l’adresse.
# unreviewed
email-hub-sends-none = Ce hub n’envoie pas de courriel : sa discussion est sur le web seulement.
# unreviewed
email-hint = Laissez vide pour retirer votre adresse.
# unreviewed
email-button = Enregistrer l’adresse
# unreviewed
email-confirm-title = Confirmer une adresse de courriel
# unreviewed
email-confirm-lede = Appuyez sur le bouton pour confirmer que cette adresse est la vôtre.
# unreviewed
email-confirm-button = Confirmer l’adresse
# unreviewed
email-confirmed = Confirmée : le courriel va désormais à { $address }.
# unreviewed
mail-confirm-subject = Confirmez votre adresse pour { $community }
# unreviewed
mail-confirm-body = Une personne connectée en tant que { $handle } a demandé que cette adresse reçoive le courriel du hub. Ouvrez ce lien pour la confirmer (il fonctionne deux jours) :
# unreviewed
mail-confirm-not-you = Si ce n’était pas vous, ne faites rien : sans le lien, cette adresse ne reçoit rien.
# unreviewed
event-email_changed = Adresse de courriel confirmée
# unreviewed
event-email_removed = Adresse de courriel retirée
# unreviewed
problem-email-unusable = Cette adresse ne peut pas être utilisée. Choisissez-en une autre.
# unreviewed
post-folded = Texte cité et signature
# unreviewed
delivery-digest = Un résumé par jour
# unreviewed
mail-digest-author = Résumé du jour
# unreviewed
mail-digest-subject = Résumé du { $date }
# unreviewed
job-send_digests = Préparation des résumés du jour
# unreviewed
job-deliver_digest = Envoi d’un résumé du jour à un membre
# unreviewed
email-stopped = Le courriel à cette adresse est revenu non distribué trois fois de suite : le hub a cessé d’y écrire. Enregistrez de nouveau l’adresse (ou une autre) et ouvrez le lien envoyé pour reprendre.
# unreviewed
notification-mail-stopped = Le courriel à votre adresse revient non distribué : le hub a cessé d’y écrire.
