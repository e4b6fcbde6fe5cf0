# Passerelle — pages publiques, français.
# Messages simples seulement (ni variables ni sélecteurs) : le serveur les cherche par identifiant.
# Les identifiants qui commencent par « js- » sont aussi envoyés au code du navigateur.

lang-name = Français
site-name = Passerelle

## Mise en page

quick-exit = Quitter vite
quick-exit-hint = Ou appuyez 3 fois sur Maj
skip-link = Aller au contenu
lang-switch-label = Langue
footer-nav-label = Pages du site
nav-home = Accueil
nav-follow-up = Suivre un signalement
nav-safety = Rester en sécurité
footer-firewall = Nous ne transmettons jamais les signalements aux services de l’immigration.
footer-no-tracking = Ce site n’utilise ni cookies ni traceurs.
noscript-title = Cette page a besoin de JavaScript.
noscript-body = Votre signalement est verrouillé (chiffré) sur votre propre téléphone avant d’être envoyé, et pour cela il faut JavaScript. Sans lui, rien ne peut être envoyé. Dans Tor Browser, choisissez le niveau de sécurité « Standard », puis rouvrez cette page.

## Messages répétés sur plusieurs pages

note-emergency = Si vous ou une autre personne êtes en danger maintenant, appelez le numéro d’urgence (112 en Europe). Les signalements sur ce site ne sont pas lus tout de suite.
note-encrypted = Ce que vous écrivez est verrouillé (chiffré) sur votre téléphone avant d’être envoyé. Seule l’unité de police qui s’en occupe peut l’ouvrir. Nous ne pouvons pas le lire.
note-no-name = Nous ne demandons ni votre nom, ni votre adresse, ni vos papiers. Vous n’avez pas besoin de les écrire.
note-firewall = Votre signalement n’est pas transmis aux services de l’immigration. Vous pouvez signaler même si vous n’avez pas de papiers.

## Accueil

home-title = Signaler un crime en sécurité
home-intro = Dites à une unité de protection de la police ce qui vous est arrivé, ou ce qui est arrivé à quelqu’un d’autre. C’est gratuit et vous pouvez rester anonyme.
home-choose = De quoi s’agit-il ?
home-how-title = Comment ça marche
home-how-1 = Choisissez de quoi il s’agit.
home-how-2 = Écrivez ce qui s’est passé, avec vos mots et dans votre langue. Seulement ce que vous voulez dire.
home-how-3 = Vous recevez un code de suivi. Gardez-le bien : avec lui, vous pouvez lire la réponse de l’unité et envoyer d’autres informations.
home-follow-up-title = Vous avez déjà fait un signalement ?
home-follow-up-text = Avec votre code de suivi, voyez où en est votre signalement et lisez les messages de l’unité.
home-follow-up-link = Suivre mon signalement
home-safety-link = Comment rester en sécurité en utilisant ce site

## Catégories

category-gbv = Violences faites aux femmes, violences sexuelles ou conjugales
category-gbv-desc = Viol, agression sexuelle, violences à la maison ou par un partenaire, mariage forcé, menaces.
category-child-protection = Un enfant en danger
category-child-protection-desc = Un enfant est blessé, maltraité, exploité, seul ou disparu.
category-trafficking-smuggling = Traite, passeurs, travail forcé
category-trafficking-smuggling-desc = Quelqu’un est forcé à travailler ou à avoir des relations sexuelles, retenu contre sa volonté, ou en danger avec des passeurs.
category-hate-crime = Racisme, haine, attaque à cause de qui vous êtes
category-hate-crime-desc = Insultes, menaces ou attaques à cause de votre origine, religion, couleur de peau, genre ou sexualité.
category-community-policing = Un autre crime ou problème
category-community-policing-desc = Vol, menaces, violences ou un danger dans votre quartier.
category-police-conduct = Une plainte contre la police
category-police-conduct-desc = Un policier vous a mal traité ou de façon injuste. Cela va à un organisme de contrôle indépendant, pas aux policiers concernés.
category-unsure = Je ne sais pas
category-unsure-desc = Dites-nous ce qui s’est passé. Une équipe l’enverra à la bonne unité.

## Page de signalement

report-eyebrow = Nouveau signalement
report-intro = Remplissez seulement ce que vous voulez. Vous pouvez écrire dans n’importe quelle langue.
field-optional = (facultatif)
field-what-label = Que s’est-il passé ?
field-what-hint = Racontez avec vos propres mots.
field-when-label = Quand est-ce arrivé ?
field-when-hint = Une date ou une heure, même à peu près. Par exemple : hier soir, en mars.
field-where-label = Où est-ce arrivé ?
field-where-hint = Une ville, une rue, un camp, un endroit que vous connaissez.
field-who-label = Qui est concerné ?
field-who-hint = Décrivez les personnes si vous pouvez : à quoi elles ressemblent, des noms, des numéros de téléphone, des véhicules.
field-region-label = Zone
field-region-hint = Cela aide à envoyer votre signalement à la bonne équipe. La zone n’est pas chiffrée.
field-region-none = Je préfère ne pas le dire
field-urgent-label = Quelqu’un est en danger maintenant
field-urgent-hint = Si quelqu’un est en danger immédiat, appelez aussi le numéro d’urgence (112 en Europe). Ce site ne peut pas envoyer de l’aide tout de suite.
field-referral-label = J’accepte que l’unité transmette mon signalement à une association d’aide (hébergement, aide juridique, santé) si je veux de l’aide
field-referral-hint = Vous pouvez dire non. Vous pouvez aussi demander de l’aide plus tard dans un message.
report-metadata-note = Le serveur voit seulement le type de signalement, la zone si vous en avez choisi une, la langue de la page, si c’est urgent et si vous acceptez d’être orienté vers une association d’aide. Il ne peut pas lire ce que vous écrivez.
report-submit = Envoyer mon signalement en sécurité

## Reçu après l’envoi

receipt-title = Votre signalement a été envoyé
receipt-case-label = Numéro de dossier :
receipt-code-label = Votre code de suivi
receipt-code-warning = Notez ce code maintenant ou gardez-le dans un endroit sûr. Il n’est affiché qu’une seule fois. Si vous le perdez, personne ne peut vous le redonner : ni nous, ni la police.
receipt-code-use = Avec ce code, vous pouvez lire les réponses de l’unité et envoyer d’autres informations. Toute personne qui a le code peut lire les réponses : gardez-le caché.
receipt-copy = Copier le code
receipt-print = Imprimer
receipt-copy-hint = Si vous copiez le code, d’autres applications de ce téléphone peuvent le voir. Un papier que vous pouvez cacher est parfois plus sûr.
receipt-next-title = Et ensuite ?
receipt-next = L’unité va lire votre signalement. Revenez dans quelques jours avec votre code pour voir sa réponse.
receipt-follow-up-link = Aller à la page de suivi

## Page de suivi

follow-up-title = Suivre votre signalement
follow-up-intro = Entrez votre code de suivi. Le code reste sur ce téléphone : seule une clé fabriquée à partir de lui est envoyée.
follow-up-code-label = Code de suivi (28 chiffres)
follow-up-code-hint = Les espaces et les tirets ne comptent pas. Vous pouvez taper les chiffres comme 123 ou ١٢٣.
follow-up-open = Ouvrir mon signalement
follow-up-lost = Vous avez perdu votre code ? Personne ne peut vous le redonner, car vous seul l’avez. Vous pouvez faire un nouveau signalement.
follow-up-case-title = Votre signalement
follow-up-case-label = Numéro de dossier
follow-up-status-label = État
follow-up-history-title = Ce qui s’est passé jusqu’ici
follow-up-thread-title = Messages
follow-up-thread-note = Vos propres messages sont verrouillés pour l’unité seulement : vous ne pouvez pas les relire ici.
follow-up-closed = Ce dossier est clos et ne reçoit plus de messages.
follow-up-message-label = Écrire à l’unité
follow-up-message-hint = Ajoutez une information ou répondez à une question. Votre message est verrouillé (chiffré) comme votre signalement.
follow-up-send = Envoyer le message
follow-up-forget = Oublier ce code sur cette page

## Page sécurité

safety-title = Rester en sécurité en utilisant ce site
safety-intro = Une personne qui utilise votre téléphone ou votre ordinateur peut voir que vous êtes venu sur ce site. Voici comment réduire ce risque.
safety-exit-title = Le bouton « Quitter vite »
safety-exit-text = En haut de chaque page, il y a un bouton « Quitter vite ». Appuyez dessus, ou appuyez 3 fois sur la touche Maj, et ce site se ferme pour ouvrir un site neutre.
safety-exit-warning = « Quitter vite » n’efface pas votre historique. Quelqu’un peut encore voir ce site dans l’historique de votre navigateur.
safety-history-title = Effacer votre historique
safety-history-text = Dans la plupart des navigateurs : ouvrez le menu (⋮ ou ☰), puis Historique, puis Effacer les données de navigation.
safety-history-partial = Si tout effacer paraîtrait bizarre, effacez seulement les pages de ce site.
safety-private-title = Utiliser une fenêtre privée
safety-private-text = Une fenêtre privée (navigation privée dans Chrome, Firefox et Safari) oublie les pages visitées quand vous la fermez.
safety-tor-title = Utiliser Tor Browser
safety-tor-text = Tor Browser cache les sites que vous visitez à votre fournisseur internet, et nous cache votre adresse internet. Choisissez le niveau de sécurité « Standard » : ce site a besoin de JavaScript pour verrouiller votre signalement.
safety-device-title = Si quelqu’un contrôle votre téléphone
safety-device-text = Si quelqu’un regarde votre téléphone ou a pu y installer une application espion, utilisez un autre téléphone ou ordinateur, par exemple celui d’une personne ou d’une association de confiance.
safety-code-title = Garder votre code en sécurité
safety-code-text = Toute personne qui a votre code de suivi peut lire les réponses de l’unité. Ne le laissez pas là où d’autres peuvent le voir : écrivez-le sur un papier que vous pouvez cacher, ou apprenez-le par cœur.
safety-nothing-stored = Ce site ne pose aucun cookie et n’enregistre rien sur votre téléphone.

## Page introuvable

not-found-title = Page introuvable
not-found-text = Cette page n’existe pas.
not-found-home = Aller à l’accueil

## États et résultats (pages et navigateur)

status-received = Reçu
status-under_review = En cours d’examen
status-action_taken = Des mesures ont été prises
status-referred = Transmis à un autre service
status-closed = Clos
outcome-investigation_opened = Une enquête a été ouverte
outcome-protection_measures = Des mesures de protection ont été prises
outcome-referred_to_partner = Transmis à une association d’aide
outcome-referred_to_other_authority = Transmis à une autre autorité
outcome-no_offence_identified = Aucune infraction n’a été constatée
outcome-insufficient_information = Pas assez d’informations pour agir
outcome-resolved = Résolu

## Messages du navigateur

js-status-received = Reçu
js-status-under_review = En cours d’examen
js-status-action_taken = Des mesures ont été prises
js-status-referred = Transmis à un autre service
js-status-closed = Clos
js-outcome-investigation_opened = Une enquête a été ouverte
js-outcome-protection_measures = Des mesures de protection ont été prises
js-outcome-referred_to_partner = Transmis à une association d’aide
js-outcome-referred_to_other_authority = Transmis à une autre autorité
js-outcome-no_offence_identified = Aucune infraction n’a été constatée
js-outcome-insufficient_information = Pas assez d’informations pour agir
js-outcome-resolved = Résolu
js-progress-protecting = Protection de votre signalement…
js-progress-checking = Préparation d’un envoi sécurisé…
js-progress-sending = Envoi…
js-progress-retrying = La connexion est lente. Nouvel essai…
js-progress-opening = Ouverture de votre signalement…
js-error-network = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez. Votre texte est toujours là.
js-error-generic = Un problème est survenu. Veuillez réessayer.
js-error-no-unit = Ce type de signalement ne peut pas être reçu pour le moment. Réessayez plus tard.
js-error-key-log = Rien n’a été envoyé. Les clés qui serviraient à chiffrer votre signalement ne correspondent pas au registre public des clés du service : quelqu’un a peut-être changé qui peut le lire. Réessayez plus tard, ou signalez par un autre moyen.
js-error-too-long = Votre texte est trop long. Raccourcissez-le, s’il vous plaît.
js-error-crypto = Ce navigateur ne peut pas verrouiller (chiffrer) votre signalement. Utilisez un navigateur à jour, ou Tor Browser au niveau « Standard ».
js-error-rate-limited = Trop d’essais. Attendez quelques minutes, puis réessayez.
js-error-not-found = Aucun signalement ne correspond à ce code. Vérifiez le code et réessayez.
js-code-error-invalid-character = Le code ne peut contenir que des chiffres.
js-code-error-wrong-length = Le code a 28 chiffres. Vérifiez qu’il n’en manque pas et qu’il n’y en a pas en trop.
js-code-error-check-digit = Ce code contient une erreur. Vérifiez chaque chiffre avec soin.
js-copied = Le code a été copié.
js-copy-manual = Le code est sélectionné. Copiez-le avec le menu de votre téléphone.
js-thread-unit = Message de l’unité
js-thread-yours = Votre message
js-thread-your-report = Votre signalement
js-thread-sent = envoyé le
js-thread-unreadable = Ce message ne peut pas être ouvert sur cet appareil.
js-thread-empty = Pas encore de message.
js-message-sent = Votre message a été envoyé.
js-forgotten = Le code a été retiré de cette page. Pour plus de sécurité, fermez aussi cet onglet.
js-time-unknown = heure inconnue

## Console des agents (page)

console-title = Console des agents
console-noscript-body = La console des agents déchiffre les dossiers sur cet ordinateur et a besoin de JavaScript. Activez-le pour ce site, puis rechargez la page.
console-footer-restricted = Réservé aux agents habilités des unités de protection et de l’organe de contrôle.
console-footer-audit = Chaque connexion et chaque dossier consulté sont enregistrés dans le journal d’audit.
console-cancel = Annuler
console-continue = Continuer
console-signin-title = Connexion des agents
console-signin-intro = Connectez-vous avec votre compte personnel. Ne communiquez jamais votre mot de passe, votre application d’authentification ni la phrase secrète de votre clé.
console-signin-login = Identifiant
console-signin-password = Mot de passe
console-signin-totp = Code d’authentification
console-signin-totp-hint = Le code à 6 chiffres de votre application d’authentification. Lors de votre première connexion, laissez ce champ vide : il vous sera demandé de configurer l’application.
console-signin-submit = Se connecter
console-signin-wait = Temps restant avant un nouvel essai :
console-enrol-title = Configurer la validation en deux étapes
console-enrol-intro = Votre compte nécessite une application d’authentification (par exemple FreeOTP, Aegis ou Google Authenticator) sur votre téléphone professionnel.
console-enrol-step-1 = Ouvrez l’application d’authentification et ajoutez un nouveau compte.
console-enrol-step-2 = Scannez le code QR, ou saisissez la clé de configuration affichée dessous.
console-enrol-step-3 = Saisissez le code à 6 chiffres que l’application affiche maintenant.
console-enrol-secret-label = Clé de configuration (si vous ne pouvez pas scanner le code) :
console-enrol-code = Code de l’application
console-enrol-submit = Confirmer et se connecter
console-keysetup-title = Créer votre clé de déchiffrement
console-keysetup-intro = Les signalements sont chiffrés pour les clés de votre unité. Votre clé personnelle est créée maintenant, sur cet ordinateur. Le serveur n’en reçoit que la partie publique et une copie verrouillée par votre phrase secrète ; il ne peut jamais lire vos dossiers.
console-keysetup-passphrase-note = Vous aurez besoin de la phrase secrète à chaque connexion. Si vous l’oubliez, personne ne peut récupérer votre clé : il faudra en créer une nouvelle, et un superviseur devra de nouveau l’ajouter à l’unité.
console-keysetup-replace-warning = Créer une nouvelle clé remplace votre clé actuelle. Tant qu’un superviseur n’a pas ajouté la nouvelle clé à votre unité, vous ne pouvez pas lire les dossiers, et les messages chiffrés uniquement pour l’ancienne clé ne restent lisibles qu’avec celle-ci.
console-passphrase-new = Nouvelle phrase secrète de la clé
console-passphrase-new-hint = Au moins 12 caractères. Choisissez une phrase ou plusieurs mots sans rapport entre eux, différente de votre mot de passe de connexion.
console-passphrase-repeat = Répétez la phrase secrète
console-keysetup-submit = Créer ma clé
console-keysetup-done = Votre clé a été créée et enregistrée.
console-key-recipient = Votre clé publique :
console-keysetup-next = Un superviseur de votre unité doit maintenant ajouter cette clé au jeu de clés de l’unité. D’ici là, vous ne pouvez pas ouvrir de dossier. Indiquez à votre superviseur les premiers et derniers caractères de la clé pour qu’il puisse la vérifier.
console-unlock-title = Déverrouiller votre clé
console-unlock-intro = Saisissez la phrase secrète de votre clé. La clé est déverrouillée sur cet ordinateur uniquement et oubliée dès que vous vous déconnectez, verrouillez la console ou fermez cet onglet.
console-passphrase = Phrase secrète de la clé
console-unlock-submit = Déverrouiller
console-unlock-forgot-title = Phrase secrète oubliée ?
console-unlock-forgot = Vous pouvez créer une nouvelle clé. Un superviseur devra ensuite l’ajouter à votre unité avant que vous puissiez de nouveau lire les dossiers.
console-unlock-replace = Créer une nouvelle clé
console-signed-in-as = Connecté en tant que
console-nav-label = Sections de la console
console-tab-queue = Dossiers
console-tab-supervisor = Clés et membres de l’unité
console-tab-oversight = Journal d’audit
console-tab-me = Mon compte
console-lock = Verrouiller
console-signout = Se déconnecter
console-signout-all = Se déconnecter sur tous les appareils
console-queue-title = Dossiers
console-queue-key-warning = Votre clé ne fait pas encore partie du jeu de clés de ces unités. Demandez à un superviseur de l’ajouter ; d’ici là, vous ne pouvez pas lire leurs nouveaux dossiers :
console-filters = Filtres
console-filter-unit = Unité
console-filter-unit-all = Toutes mes unités
console-filter-status = Statut
console-filter-any = Tous
console-filter-urgent = Urgence
console-filter-urgent-only = Urgents uniquement
console-filter-urgent-not = Non urgents
console-filter-assigned = Attribué à
console-filter-assigned-me = Moi
console-filter-assigned-none = Personne
console-filter-sort = Trier par
console-filter-sort-updated = Dernière activité
console-filter-sort-created = Date de réception
console-filter-urgent-first = Dossiers urgents en premier
console-queue-refresh = Actualiser
console-queue-empty = Aucun dossier ne correspond à ces filtres.
console-queue-more = Afficher plus de dossiers
console-urgent = Urgent
console-case-back = Retour aux dossiers
console-case-title = Dossier
console-case-status = Statut
console-case-unit = Unité
console-case-category = Catégorie
console-case-region = Zone
console-case-language = Langue du signalant
console-case-created = Reçu le
console-case-assigned = Attribué à
console-case-history = Historique des statuts
console-case-thread = Signalement et messages
console-reply-title = Répondre au signalant
console-reply-hint = Chiffré sur cet ordinateur pour le signalant et votre unité. Le signalant le lit avec son code de suivi. Ne demandez son nom ou son adresse que si c’est nécessaire.
console-reply-label = Votre réponse
console-reply-submit = Envoyer la réponse
console-note-title = Note interne
console-note-hint = Chiffrée pour votre unité uniquement. Le signalant ne la voit jamais.
console-note-label = Texte de la note
console-note-submit = Enregistrer la note
console-status-title = Changer le statut
console-status-hint = Le signalant voit le statut et la suite donnée (mais aucun texte) lors de sa prochaine visite.
console-status-label = Nouveau statut
console-outcome-label = Suite donnée
console-outcome-none = Aucune suite indiquée
console-status-submit = Enregistrer le statut
console-assign-title = Attribution
console-assign-label = Agent chargé du dossier
console-assign-submit = Enregistrer l’attribution
console-supervisor-title = Clés et membres de l’unité
console-supervisor-intro = Les signalements sont chiffrés pour chaque clé du jeu actuel de l’unité. Ajoutez la clé de chaque nouvel agent, et révoquez la clé de toute personne qui part ou qui la perd.
console-supervisor-unit = Unité
console-members-title = Membres
console-col-name = Nom
console-col-role = Rôle
console-col-key = Clé
console-col-in-set = Dans le jeu de clés
console-col-action = Actions
console-keys-title = Historique des clés
console-keys-intro = Toutes les clés ayant fait partie du jeu de l’unité. La révocation s’applique aux nouveaux signalements ; les messages plus anciens restent chiffrés pour la clé révoquée.
console-keys-set = Version du jeu de clés :
console-col-holder = Titulaire
console-col-state = État
console-col-added = Ajoutée le
console-col-revoked = Révoquée le
console-oversight-title = Journal d’audit
console-oversight-intro = Chaque accès à un dossier et chaque opération d’administration, du plus récent au plus ancien. Le journal est chaîné : toute modification d’une entrée passée est détectée.
console-col-seq = N°
console-col-time = Date et heure
console-col-actor = Auteur
console-col-audit-action = Opération
console-col-subject = Objet
console-audit-more = Afficher les entrées plus anciennes
console-me-title = Mon compte
console-me-units = Mes unités
console-me-key = Ma clé
console-me-key-intro = Votre clé publique. Comparez-la avec celle que voit votre superviseur avant qu’il ne l’ajoute.
console-me-sessions = Sessions ouvertes
console-me-sessions-intro = Si vous vous êtes connecté sur un ordinateur que vous n’utilisez plus, ou si vous pensez que quelqu’un d’autre a pu le faire, déconnectez-vous sur tous les appareils.

## Console des agents (messages du navigateur)

js-console-status-received = Reçu
js-console-status-under_review = En cours d’examen
js-console-status-action_taken = Mesures prises
js-console-status-referred = Transmis
js-console-status-closed = Clos
js-console-outcome-investigation_opened = Enquête ouverte
js-console-outcome-protection_measures = Mesures de protection prises
js-console-outcome-referred_to_partner = Orienté vers une structure partenaire
js-console-outcome-referred_to_other_authority = Transmis à une autre autorité
js-console-outcome-no_offence_identified = Aucune infraction constatée
js-console-outcome-insufficient_information = Informations insuffisantes
js-console-outcome-resolved = Résolu
js-console-category-gbv = Violences fondées sur le genre
js-console-category-child-protection = Protection de l’enfance
js-console-category-trafficking-smuggling = Traite et trafic de migrants
js-console-category-hate-crime = Crimes de haine
js-console-category-community-policing = Police de proximité
js-console-category-police-conduct = Comportement de la police
js-console-category-unsure = Non classé (signalant incertain)
js-console-role-member = Membre
js-console-role-supervisor = Superviseur
js-console-key-kind-officer = Agent
js-console-key-kind-recovery = Clé de secours
js-console-language-en = Anglais
js-console-language-fr = Français
js-console-language-ar = Arabe
js-console-urgent = Urgent
js-console-unread = Nouveau message
js-console-received = Reçu le
js-console-updated = mis à jour le
js-console-assigned-to = Attribué à
js-console-unassigned = Non attribué
js-console-none = Aucune
js-console-yes = Oui
js-console-no = Non
js-console-inactive = Inactif
js-console-thread-report = Signalement
js-console-thread-reporter = Message du signalant
js-console-thread-reply = Réponse au signalant
js-console-thread-note = Note interne
js-console-thread-unknown = Message d’origine inconnue
js-console-thread-unreadable = Ce message ne peut pas être déchiffré avec votre clé. Votre clé ne faisait probablement pas encore partie du jeu de l’unité lors de son envoi.
js-console-thread-invalid = Le contenu de ce message n’a pas le format attendu.
js-console-thread-mismatch = Attention : le contenu de ce message ne correspond pas à son expéditeur. Traitez-le avec prudence.
js-console-thread-empty = Aucun message.
js-console-thread-some-locked = Certains messages n’ont pas pu être déchiffrés avec votre clé.
js-console-field-what = Faits
js-console-field-when = Quand
js-console-field-where = Où
js-console-field-who = Personnes impliquées
js-console-field-consent = Accepte d’être orienté vers une structure d’aide
js-console-field-empty = Non renseigné
js-console-assign-nobody = Personne
js-console-assign-me = Moi
js-console-assign-saved = L’attribution a été enregistrée.
js-console-status-saved = Le statut a été enregistré.
js-console-reply-sent = La réponse a été envoyée.
js-console-note-saved = La note a été enregistrée.
js-console-add-to-set = Ajouter au jeu de clés
js-console-revoke = Révoquer
js-console-revoke-confirm = Confirmer la révocation
js-console-key-active = En vigueur
js-console-key-revoked = Révoquée
js-console-key-in-set = votre clé fait partie du jeu de clés
js-console-key-not-in-set = votre clé ne fait pas encore partie du jeu de clés
js-console-set-updated = Le jeu de clés a été mis à jour. Nouvelle version :
js-console-audit-verified = La chaîne du journal d’audit est intacte.
js-console-audit-broken = Attention : la chaîne du journal d’audit est rompue. Signalez-le immédiatement à l’organe de contrôle. Détail :
js-console-enrol-qr = Code QR à scanner avec votre application d’authentification
js-console-progress-signin = Connexion…
js-console-progress-key = Création et verrouillage de votre clé. Cela prend quelques secondes…
js-console-progress-unlock = Déverrouillage de votre clé. Cela prend quelques secondes…
js-console-progress-loading = Chargement…
js-console-progress-decrypting = Chargement et déchiffrement du dossier…
js-console-progress-sending = Chiffrement et envoi…
js-console-progress-saving = Enregistrement…
js-console-signed-out = Vous êtes déconnecté.
js-console-signed-out-all = Vous êtes déconnecté sur tous les appareils.
js-console-signed-out-locally = Le serveur n’a pas pu être joint pour fermer votre session. Tout a été effacé de cette page ; déconnectez-vous de nouveau plus tard, ou déconnectez-vous sur tous les appareils.
js-console-locked = La console est verrouillée. Saisissez votre phrase secrète pour continuer.
js-console-locked-idle = La console a été verrouillée après une période d’inactivité.
js-console-error-generic = Un problème est survenu. Veuillez réessayer.
js-console-error-network = Le serveur est injoignable. Vérifiez votre connexion et réessayez.
js-console-error-invalid_credentials = Identifiant, mot de passe ou code refusé.
js-console-error-totp_required = Saisissez le code à 6 chiffres de votre application d’authentification.
js-console-error-totp_replayed = Ce code a déjà été utilisé. Attendez le code suivant dans votre application, puis réessayez.
js-console-error-totp_format = Le code doit comporter 6 chiffres.
js-console-error-enrol_code = Ce code a été refusé. Vérifiez que l’heure de votre téléphone est juste, puis saisissez le code actuel.
js-console-error-officer_disabled = Ce compte est désactivé. Contactez votre administrateur.
js-console-error-too_many_attempts = Trop de tentatives depuis cet appareil ou ce réseau. Attendez le temps indiqué, puis réessayez.
js-console-error-session_expired = Votre session a pris fin. Reconnectez-vous.
js-console-error-csrf_failed = La demande a été refusée pour des raisons de sécurité. Rechargez la page et réessayez.
js-console-error-forbidden = Vous n’avez pas le droit d’effectuer cette opération.
js-console-error-not_found = Ce dossier n’existe pas ou n’appartient pas à vos unités.
js-console-error-no_key = Ce membre n’a pas encore créé de clé.
js-console-error-keys_changed = Le jeu de clés de l’unité a changé pendant que vous écriviez. Veuillez renvoyer.
js-console-error-thread_full = Ce dossier a atteint le nombre maximal de messages.
js-console-error-too_long = Le texte est trop long. Veuillez le raccourcir.
js-console-error-no_unit_keys = Cette unité n’a aucune clé active : rien ne peut être chiffré pour elle.
js-console-error-no_reply_recipient = Ce dossier n’a pas de clé de réponse : le signalant ne peut pas recevoir de réponse.
js-console-error-unavailable = Le service est occupé ou indisponible. Rien n’a été enregistré ; réessayez dans un instant.
js-console-error-unsure_sent = La connexion a échoué pendant l’envoi. Vérifiez le fil ci-dessous avant de renvoyer : le message a peut-être été enregistré.
js-console-error-passphrase_too_short = La phrase secrète doit comporter au moins 12 caractères.
js-console-error-passphrase_mismatch = Les deux phrases secrètes ne sont pas identiques.
js-console-error-wrong_passphrase = Phrase secrète incorrecte.
js-console-error-key_malformed = Votre clé enregistrée est endommagée. Créez une nouvelle clé.
js-console-error-key_mismatch = La clé enregistrée ne correspond pas à votre clé publique déclarée. Créez une nouvelle clé et prévenez votre superviseur.
js-console-error-crypto = Ce navigateur ne peut pas exécuter le chiffrement de la console. Utilisez un navigateur à jour.

## Console des agents : orientation, transfert, rechiffrement, notifications (page)

console-case-consent = Consentement à l’orientation
console-case-referrals = Orientations
console-refer-title = Orienter vers une structure partenaire
console-refer-hint = La copie est chiffrée sur cet ordinateur pour les seules clés du partenaire : ni votre unité ni le signalant ne peuvent l’ouvrir. Ne transmettez que ce dont le partenaire a besoin. Le signalant verra le statut « Transmis ».
console-refer-no-consent = Le signalant n’a pas accepté d’être orienté vers une structure d’aide. Aucune orientation n’est possible.
console-refer-partner = Structure partenaire
console-refer-text = Message pour le partenaire
console-refer-text-hint = Ce que le partenaire doit savoir pour aider, et comment joindre la personne si elle l’a accepté.
console-refer-include-report = Joindre le signalement tel que rédigé par le signalant
console-refer-submit = Envoyer l’orientation
console-transfer-title = Transférer à une autre unité
console-transfer-hint = L’ensemble du dossier est rechiffré sur cet ordinateur pour l’autre unité. Votre unité en perd l’accès immédiatement et l’attribution est effacée. Le suivi du signalant continue de fonctionner.
console-transfer-unit = Unité destinataire
console-transfer-submit = Transférer le dossier
console-rekey-title = Rechiffrer les dossiers plus anciens
console-rekey-intro = Après l’ajout ou la révocation d’une clé, les dossiers ouverts restent chiffrés pour l’ancien jeu de clés. Les rechiffrer sur cet ordinateur permet aux nouveaux membres de les lire et empêche les clés révoquées d’ouvrir les copies conservées. Les copies faites auparavant ne sont pas concernées.
console-rekey-remaining = Dossiers ouverts encore chiffrés pour un ancien jeu de clés :
console-rekey-start = Rechiffrer maintenant
console-notify-title = Notifications par courriel
console-notify-intro = Les courriels de la console ne disent jamais rien d’un signalement : ni référence, ni catégorie, ni zone, ni heure. Les signalements urgents sont notifiés immédiatement, sauf si les notifications sont désactivées.
console-notify-mode = Me prévenir
console-notify-each = À chaque nouvel événement dans mes unités
console-notify-digest = Par un récapitulatif quotidien
console-notify-off = Jamais
console-notify-email = Adresse électronique
console-notify-email-hint = De préférence une adresse professionnelle. Inutile si les notifications sont désactivées.
console-notify-submit = Enregistrer mes préférences

## Console des agents : orientation, transfert, rechiffrement, notifications (messages du navigateur)

js-console-consent-yes = Le signalant accepte d’être orienté vers une structure d’aide
js-console-consent-no = Pas de consentement à l’orientation
js-console-transfer-submit = Transférer le dossier
js-console-transfer-confirm = Confirmer le transfert
js-console-transfer-done = Le dossier a été transféré à :
js-console-progress-reencrypting = Rechiffrement du dossier sur cet ordinateur…
js-console-refer-done = L’orientation a été envoyée.
js-console-rekey-progress = Rechiffrement du dossier
js-console-rekey-done = Dossiers rechiffrés :
js-console-rekey-skipped = dossiers ignorés (le motif de chacun est indiqué ci-dessous) :
js-console-notify-saved = Vos préférences ont été enregistrées.
js-console-error-thread_changed = Le dossier a changé pendant que vous y travailliez. Réessayez.
js-console-error-undecryptable = Certains messages de ce dossier ne peuvent pas être déchiffrés avec votre clé : il ne peut donc pas être rechiffré. Un collègue dont la clé les ouvre peut le faire.
js-console-error-no_consent = Le signalant n’a pas accepté d’orientation.
js-console-error-unknown_partner = Cette structure partenaire n’est pas disponible.
js-console-error-unknown_unit = Cette unité n’est pas disponible.
js-console-error-not_a_member = Cet agent n’est pas membre de l’unité.
js-console-error-cannot_revoke = Cette clé ne peut pas être révoquée pour l’instant : l’unité doit garder au moins une clé active.
js-console-error-invalid_email = Saisissez une adresse électronique valide, ou choisissez de ne pas être prévenu.
js-console-error-invalid_query = Ces filtres ne peuvent pas être utilisés ensemble. Modifiez-les et réessayez.

## Console des agents : clé de sécurité (passkey) et pièces jointes

console-unlock-passkey-intro = Vous gardez une copie de votre clé sur une clé de sécurité ou une clé d’accès (passkey). Utilisez-la pour déverrouiller.
console-unlock-passkey = Déverrouiller avec la clé de sécurité
console-unlock-or-passphrase = Ou déverrouillez avec votre phrase secrète :
console-passkey-title = Clé de sécurité ou clé d’accès
console-passkey-intro = Vous pouvez aussi déverrouiller votre clé avec une clé de sécurité ou une clé d’accès de cet appareil, au lieu de saisir votre phrase secrète. Votre phrase secrète reste valable : c’est la solution de secours si la clé de sécurité est perdue.
console-passkey-add = Ajouter une clé de sécurité ou une clé d’accès
console-passkey-remove = Retirer la clé de sécurité
console-passkey-hint = Votre navigateur vous demandera jusqu’à trois fois de toucher la clé de sécurité ou de confirmer sur cet appareil : pour la créer, pour y verrouiller une copie de votre clé, puis pour vérifier cette copie.
js-console-passkey-state-on = Une clé de sécurité peut déverrouiller votre clé.
js-console-passkey-state-off = Pas encore de clé de sécurité : vous déverrouillez avec votre phrase secrète.
js-console-passkey-remove = Retirer la clé de sécurité
js-console-passkey-remove-confirm = Confirmer le retrait
js-console-passkey-progress-add = Suivez les instructions du navigateur : touchez la clé de sécurité ou confirmez sur cet appareil…
js-console-passkey-progress-unlock = Touchez votre clé de sécurité ou confirmez sur cet appareil…
js-console-passkey-added = La clé de sécurité a été ajoutée. La prochaine fois, vous pourrez déverrouiller avec elle.
js-console-passkey-removed = La clé de sécurité a été retirée. Déverrouillez désormais avec votre phrase secrète.
js-console-passkey-error-unsupported = Ce navigateur ne peut pas utiliser de clé de sécurité ici. Utilisez votre phrase secrète.
js-console-passkey-error-no_prf = Cette clé de sécurité ou ce navigateur ne peut pas protéger une clé (la fonction PRF manque). Utilisez votre phrase secrète, ou essayez une autre clé de sécurité ou un navigateur à jour.
js-console-passkey-error-cancelled = La clé de sécurité n’a pas été utilisée (annulation ou délai dépassé). Rien n’a changé ; réessayez ou utilisez votre phrase secrète.
js-console-passkey-error-exists = Cette clé de sécurité est déjà enregistrée. Utilisez-en une autre, ou retirez d’abord l’ancien enregistrement.
js-console-passkey-error-wrong_key = Ce n’est pas la clé de sécurité qui contient votre clé. Essayez-en une autre, ou utilisez votre phrase secrète.
js-console-passkey-error-failed = La clé de sécurité n’a pas fonctionné. Rien n’a changé ; réessayez ou utilisez votre phrase secrète.
js-console-passkey-error-no_key = Créez d’abord votre clé avec une phrase secrète.
js-console-passkey-error-verify = La copie faite avec la clé de sécurité n’a pas pu être vérifiée ; elle n’a donc pas été enregistrée. Réessayez.
js-console-attachments-title = Pièces jointes :
js-console-attachments-mismatch = Attention : le nombre de pièces jointes ne correspond pas à ce que décrit le message de la personne.
js-console-attachment-kind-photo = Photo
js-console-attachment-kind-document = Document
js-console-attachment-kind-voice = Enregistrement vocal
js-console-attachment-kind-other = Fichier
js-console-attachment-encrypted-size = taille chiffrée
js-console-attachment-metadata-removed = Les données de localisation et d’appareil photo ont été retirées sur l’appareil de la personne.
js-console-attachment-metadata-kept = La personne a gardé les données de localisation et d’appareil photo comme preuve : soyez prudent avant de partager cette photo.
js-console-attachment-locked = Cette pièce jointe ne peut pas être déchiffrée avec votre clé.
js-console-attachment-download = Télécharger
js-console-attachment-play = Écouter l’enregistrement
js-console-attachment-progress = Déchiffrement de la pièce jointe…
js-console-attachment-saved = Déchiffrée et vérifiée. Enregistrée sous :
js-console-attachment-error-undecryptable = Cette pièce jointe ne peut pas être déchiffrée avec votre clé.
js-console-attachment-error-undescribed = Le message de la personne ne décrit pas cette pièce jointe : elle ne peut pas être vérifiée et n’a pas été enregistrée.
js-console-attachment-error-size = Cette pièce jointe est plus courte que décrit : elle a peut-être été tronquée. Elle n’a pas été enregistrée.
js-console-attachment-error-sha256_mismatch = Attention : cette pièce jointe ne correspond pas à l’empreinte indiquée dans le message de la personne. Elle a peut-être été modifiée. Elle n’a pas été enregistrée.
js-console-rekey-items = messages et pièces jointes

## Fichiers, messages vocaux et rappel « avant d’envoyer » (pages de signalement et de suivi)

attach-legend = Photos, documents ou message vocal
attach-hint = Vous pouvez ajouter des photos, des documents ou un message vocal. Ils sont verrouillés (chiffrés) comme votre texte. Les détails cachés qui montrent où une photo a été prise sont d’abord retirés.
attach-add-photo = Ajouter une photo
attach-add-file = Ajouter un document
attach-record-voice = Enregistrer un message vocal
attach-list-label = Fichiers ajoutés
voice-recording = Enregistrement en cours
voice-stop = Arrêter l’enregistrement
identify-title = Avant d’envoyer : ceci peut montrer qui vous êtes
identify-body = Votre texte semble contenir les éléments listés ci-dessus. Vous pouvez les laisser si vous voulez que l’unité les connaisse : seule l’unité peut lire votre signalement. S’ils ne sont pas utiles, ou s’ils peuvent vous mettre en danger, vous ou quelqu’un d’autre, revenez en arrière et retirez-les.
identify-edit = Revenir et modifier
identify-send = Envoyer quand même

## Fichiers, messages vocaux et rappel « avant d’envoyer » (messages du navigateur)

js-unit-kb = Ko
js-unit-mb = Mo
js-attach-kind-photo = Photographie
js-attach-kind-document = Document joint
js-attach-kind-voice = Message vocal
js-attach-remove = Retirer
js-attach-cleaned = Les détails cachés (lieu, heure, modèle du téléphone) ont été retirés de cette photo.
js-attach-kept = Cette photo sera envoyée avec ses détails cachés (lieu, heure, modèle du téléphone).
js-attach-keep-details = Garder le lieu et les détails de l’appareil comme preuve
js-attach-keep-details-hint = Seulement si la police doit voir où et quand la photo a été prise. Ces détails peuvent aussi montrer où vous étiez et quel téléphone vous utilisez.
js-attach-uncleanable = Nous ne pouvons pas retirer les détails cachés (comme le lieu de la prise de vue) de ce type de photo. Elle sera envoyée comme document, telle quelle. Retirez-la si cela peut vous mettre en danger.
js-attach-document-as-is = Ce fichier est envoyé tel quel. Les documents et les vidéos peuvent contenir des détails cachés, comme un nom ou un lieu. Retirez-le si cela peut vous mettre en danger.
js-attach-send-as-photo = C’est une photo : l’envoyer comme photo, avec ses détails
js-attach-error-too-many = Vous ne pouvez plus ajouter de fichier. Nombre maximal par envoi :
js-attach-error-too-large = Ce fichier est trop lourd. Taille maximale d’un fichier :
js-attach-error-total = Ces fichiers sont trop lourds ensemble. Maximum par envoi :
js-attach-error-read = Ce fichier n’a pas pu être lu. Essayez-en un autre.
js-voice-recording = Enregistrement en cours… Appuyez sur « Arrêter l’enregistrement » quand vous avez fini.
js-voice-done = Votre message vocal est prêt. Vous pouvez l’écouter avant de l’envoyer.
js-voice-denied = Le micro n’a pas pu être utilisé. Vous pouvez écrire à la place, ou autoriser le micro dans les réglages de votre navigateur.
js-voice-preview = Écouter votre message vocal
js-voice-rerecord = Enregistrer à nouveau
js-progress-encrypting-files = Verrouillage (chiffrement) de vos fichiers…
js-error-too-many-attachments = Trop de fichiers. Retirez-en et réessayez.
js-error-attachment-too-large = Un des fichiers est trop lourd. Retirez-le ou choisissez-en un plus petit.
js-error-attachments-too-large = Les fichiers sont trop lourds ensemble. Retirez-en et réessayez.
js-identify-phone = un numéro de téléphone
js-identify-email = une adresse e-mail
js-identify-id = un numéro de pièce d’identité, de passeport ou un autre long numéro
js-identify-iban = un numéro de compte bancaire (IBAN)
js-identify-address = une adresse postale
js-thread-files = Fichiers :
js-message-empty = Écrivez un message ou ajoutez un fichier.

## Questions guidées, numéros d’urgence et mots plus simples (accueil et signalement)

home-simple-link = Des mots plus simples (pour les enfants et les jeunes)
simple-toggle-on = Mots plus simples
simple-toggle-off = Mots habituels
emergency-title = Numéros à appeler maintenant
emergency-hint = Appelez l’un d’eux si quelqu’un est en danger : ce site ne peut pas envoyer de l’aide tout de suite.
field-child-label = Un enfant est concerné
field-child-hint = Cochez si une personne de moins de 18 ans a été blessée, a vu ce qui s’est passé ou est en danger. L’unité y fera particulièrement attention.
field-contact-label = L’unité peut me contacter
field-contact-hint = Seulement si vous le voulez. Si vous ne cochez pas, l’unité répondra seulement par votre code de suivi.
field-contact-how-label = Comment et quand peut-on vous contacter sans danger ?
field-contact-how-hint = Par exemple : un numéro de téléphone et les heures où vous êtes seul·e, ou une personne de confiance.
field-contact-caution = Le plus sûr est de lire les réponses de l’unité avec votre code de suivi. Un appel ou un message peut être vu ou entendu par quelqu’un d’autre.
js-emergency-shown = Des numéros à appeler maintenant sont affichés sous cette question.

## Mots plus simples pour les enfants et les jeunes (page de signalement, ?simple=1)

report-intro-simple = Dis-nous seulement ce que tu veux dire. Tu peux écrire dans n’importe quelle langue. Tu n’auras pas de problème.
field-what-label-simple = Qu’est-ce qui s’est passé ?
field-what-hint-simple = Écris avec tes mots. Court, c’est bien aussi.
field-when-label-simple = Quand est-ce que c’est arrivé ?
field-when-hint-simple = Par exemple : aujourd’hui, hier soir, la semaine dernière. Tu peux deviner.
field-where-label-simple = Où est-ce que c’est arrivé ?
field-where-hint-simple = Par exemple : à la maison, à l’école, dans la rue, dans un camp.
field-who-label-simple = Qui l’a fait, ou qui était là ?
field-who-hint-simple = Tu peux écrire des prénoms, ou à quoi ressemblent les personnes.
field-region-label-simple = Coin
field-region-hint-simple = Ça nous aide à trouver la bonne équipe. Tu n’es pas obligé·e de choisir.
field-urgent-label-simple = Quelqu’un est en danger maintenant
field-urgent-hint-simple = Si quelqu’un peut être blessé maintenant, appelle un des numéros qui vont s’afficher ici. Ce site ne peut pas envoyer de l’aide tout de suite.
field-child-label-simple = Un enfant est concerné
field-child-hint-simple = Coche si ça parle de toi ou d’un autre enfant (moins de 18 ans).
field-contact-label-simple = Vous pouvez me contacter
field-contact-hint-simple = Seulement si tu veux. Sinon, tu peux lire notre réponse avec ton code secret.
field-contact-how-label-simple = Comment et quand peut-on te joindre sans danger ?
field-contact-how-hint-simple = Par exemple : un numéro de téléphone et une heure où tu es seul·e, ou un adulte de confiance.
field-contact-caution-simple = Le plus sûr, c’est de lire notre réponse avec ton code secret. Quelqu’un d’autre pourrait voir un appel ou un message.
field-referral-label-simple = Vous pouvez demander à des personnes dont le métier est d’aider (un endroit sûr où dormir, un médecin, un avocat) de m’aider
field-referral-hint-simple = Tu peux dire non. Tu peux aussi demander de l’aide plus tard.

# Console: guided answers of a report
js-console-field-child = Un enfant est concerné
js-console-field-contact = L'unité peut prendre contact

# Receipt: the code as a small file
receipt-save = Enregistrer dans un fichier
js-saved-file = Enregistré sous « note.txt ». Gardez-le là où personne d’autre ne regarde, ou supprimez-le après avoir noté le code.
receipt-save-hint = Un fichier enregistré reste sur ce téléphone et dans la liste des téléchargements du navigateur : supprimez les deux quand vous n’en avez plus besoin.
js-console-error-key_changed = Votre clé a été changée dans une autre fenêtre. Déverrouillez de nouveau, puis ajoutez de nouveau la clé de sécurité.

# Transfer and re-key: the earlier copies are kept until a supervisor checks
console-reencryption-title = Rechiffré : en attente de la vérification d’un superviseur
console-reencryption-hint = Ni cet ordinateur ni le serveur ne peuvent savoir si les nouvelles copies sont saines. Tant qu’un superviseur n’a pas vérifié que chacune s’ouvre, les copies précédentes sont conservées et peuvent être restaurées. Sans vérification, elles sont supprimées à la date indiquée.
console-reencryption-confirm = Vérifier et confirmer
console-reencryption-restore = Restaurer les copies précédentes
console-reencryption-supervisors = Seuls les superviseurs de l’unité peuvent transférer ou rechiffrer un dossier, puis le confirmer ou l’annuler.
console-rekey-unconfirmed = Dossiers rechiffrés en attente de vérification :
console-rekey-check = Les vérifier et confirmer
js-console-reencryption-by = Rechiffré par
js-console-reencryption-from = depuis
js-console-reencryption-until = copies précédentes conservées jusqu’au
js-console-reencryption-restore = Restaurer les copies précédentes
js-console-reencryption-restore-confirm = Confirmer : restaurer les copies précédentes
js-console-reencryption-confirmed = Vérifié : chaque copie s’ouvre. Les copies précédentes ont été supprimées.
js-console-reencryption-shut = Certaines copies ne s’ouvrent pas avec votre clé. Restaurez les copies précédentes, ou demandez à un collègue dont la clé les ouvre de vérifier.
js-console-reencryption-restored = Les copies précédentes sont rétablies.
js-console-progress-checking = Vérification que chaque copie s’ouvre…
js-console-rekey-checked = Dossiers vérifiés et confirmés :
js-console-rekey-check-skipped = dossiers non confirmés :
js-console-error-reencryption_pending = Le dernier rechiffrement de ce dossier n’a pas encore été vérifié. Ouvrez le dossier et confirmez-le ou restaurez-le d’abord.
js-console-error-not_pending = Plus rien n’attend de vérification dans ce dossier.
js-console-error-added_since_transfer = Des messages ont été ajoutés depuis le transfert ; ils ne s’ouvriraient pas dans l’ancienne unité, donc les copies précédentes ne peuvent pas être restaurées. Confirmez plutôt les nouvelles copies ; le dossier pourra ensuite être transféré en retour.

# Marques spam ou abus, et dossiers dont le contenu a été supprimé.
console-case-purged = Le signalement, les messages et les fichiers de ce dossier ont été supprimés à la fin de sa durée de conservation. Seule sa trace subsiste : l’historique des statuts et les entrées du journal d’audit. Supprimé le :
console-reencryption-not-restorable = Des messages ont été ajoutés depuis le transfert : les copies précédentes ne peuvent donc plus être restaurées. Vérifiez que les nouvelles copies s’ouvrent, puis confirmez-les.
console-flag-title = Spam ou abus
console-flag-hint = Un dossier marqué comme spam ou abus est clos. Le signalant peut encore le lire avec son code de suivi mais ne peut plus écrire, et le dossier est supprimé plus tôt que les autres. Rouvrir le dossier retire la marque.
console-flag-supervisors = Seuls les superviseurs de l’unité peuvent marquer un dossier comme spam ou abus, ou retirer la marque.
console-flag-kind = Marquer comme
console-flag-spam = Indésirable (spam)
console-flag-abuse = Usage abusif du service
console-flag-submit = Marquer le dossier
js-console-flag-submit = Marquer le dossier
js-console-flag-confirm = Confirmer : clore le dossier et le marquer
js-console-flag-remove = Retirer la marque
js-console-flag-current = Marqué comme
js-console-flag-purge-after = supprimé après le
js-console-flag-saved = Le dossier est marqué et clos. Le signalant ne peut plus y écrire.
js-console-flag-removed = La marque est retirée. Le dossier reste clos jusqu’à ce que quelqu’un le rouvre.
js-console-flag-spam = Indésirable
js-console-flag-abuse = Abus
js-console-error-check_failed = Au moins un message ou fichier de ce dossier ne s’ouvre pas avec votre clé : il n’a donc pas été confirmé. Un collègue dont la clé l’ouvre peut le vérifier, ou un superviseur peut restaurer les copies précédentes depuis le dossier.
js-console-error-case_purged = Le contenu de ce dossier a été supprimé ; seule sa trace subsiste.
