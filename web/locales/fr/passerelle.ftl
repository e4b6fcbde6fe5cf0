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
report-metadata-note = Le serveur voit seulement le type de signalement, la zone si vous en avez choisi une, la langue de la page et si c’est urgent. Il ne peut pas lire ce que vous écrivez.
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
js-progress-sending = Envoi…
js-progress-retrying = La connexion est lente. Nouvel essai…
js-progress-opening = Ouverture de votre signalement…
js-error-network = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez. Votre texte est toujours là.
js-error-generic = Un problème est survenu. Veuillez réessayer.
js-error-no-unit = Ce type de signalement ne peut pas être reçu pour le moment. Réessayez plus tard.
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
