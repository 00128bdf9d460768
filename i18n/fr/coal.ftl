# Les messages de coal en français. Chaque section appartient à une partie
# du travail (issue 18). Typographie : espace insécable (U+00A0) avant « : »
# et dans les guillemets « », espace fine insécable (U+202F) avant ; ? ! et %.

## Dates et nombres (src/i18n)

date = { $day } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }
date-weekday = { $weekday ->
        [1] lundi
        [2] mardi
        [3] mercredi
        [4] jeudi
        [5] vendredi
        [6] samedi
       *[7] dimanche
    } { date }

## Vocabulaire : chaque mot du fichier tel qu’on le lit, et ce qu’il veut dire (src/model/vocab.rs)

vocab-Status-prospect = piste
vocab-Status-prospect-meaning = un groupe avec qui travailler peut-être, pas encore contacté
vocab-Status-contacted = contacté
vocab-Status-contacted-meaning = sollicité, sans réponse pour l’instant
vocab-Status-dialogue = en dialogue
vocab-Status-dialogue-meaning = en discussion avec la coalition pour la rejoindre
vocab-Status-member = membre
vocab-Status-member-meaning = a rejoint la coalition et prend part à son travail
vocab-Status-declined = a décliné
vocab-Status-declined-meaning = a été invité et a dit non, pour l’instant
vocab-Status-left = parti
vocab-Status-left-meaning = était membre et a quitté la coalition
vocab-Status-watch = sous veille
vocab-Status-watch-meaning = pas un partenaire mais un groupe (une entreprise, un adversaire) dont on suit les projets et les moyens
vocab-Participation-core = noyau
vocab-Participation-core-meaning = porte le travail de la coalition semaine après semaine et aide à décider entre les assemblées
vocab-Participation-active = actif
vocab-Participation-active-meaning = prend part aux réunions et aux actions régulièrement
vocab-Participation-supporter = soutien
vocab-Participation-supporter-meaning = prête ce qu’il peut (ressources, audience, du monde aux moments clés) sans engagement régulier
vocab-Participation-observer = observateur
vocab-Participation-observer-meaning = suit le travail de la coalition et reste informé, libre d’en faire plus plus tard
vocab-Spectrum-active_ally = allié·e actif·ve
vocab-Spectrum-active_ally-meaning = partage la cause et agit pour elle
vocab-Spectrum-passive_ally = allié·e passif·ve
vocab-Spectrum-passive_ally-meaning = partage la cause mais n’agit pas encore pour elle
vocab-Spectrum-neutral = neutre
vocab-Spectrum-neutral-meaning = ne prend pas encore parti
vocab-Spectrum-passive_opposition = opposition passive
vocab-Spectrum-passive_opposition-meaning = s’oppose à la cause mais n’agit pas contre elle
vocab-Spectrum-active_opposition = opposition active
vocab-Spectrum-active_opposition-meaning = s’oppose à la cause et agit contre elle
vocab-Role-citizen = citoyen·ne
vocab-Role-citizen-meaning = parle du bien commun avec des mots que la plupart partagent, ce qui donne au mouvement sa légitimité
vocab-Role-rebel = rebelle
vocab-Role-rebel-meaning = proteste et mène des actions directes pour montrer ce qui ne va pas et pousser au changement
vocab-Role-reformer = réformateur·rice
vocab-Role-reformer-meaning = travaille dans les institutions : lois, tribunaux, élu·es, politiques publiques
vocab-Role-change_agent = agent de changement
vocab-Role-change_agent-meaning = organise les gens, bâtit des groupes et des alternatives pour le long terme
vocab-ResourceType-expertise = expertise
vocab-ResourceType-expertise-meaning = connaissances et savoir-faire : juridique, recherche, formation, traduction
vocab-ResourceType-money = argent
vocab-ResourceType-money-meaning = des fonds, ou payer quelque chose
vocab-ResourceType-data = données
vocab-ResourceType-data-meaning = faits, études, listes, cartes
vocab-ResourceType-visibility = visibilité
vocab-ResourceType-visibility-meaning = audience : contacts dans les médias, un nom connu, un large public
vocab-ResourceType-mobilization = mobilisation
vocab-ResourceType-mobilization-meaning = du monde qui vient aux actions et aux événements
vocab-ResourceType-space = lieu
vocab-ResourceType-space-meaning = une salle ou un lieu où se réunir ou agir (pas un espace de communication)
vocab-ResourceType-material = matériel
vocab-ResourceType-material-meaning = équipement et fournitures : sono, banderoles, nourriture
vocab-BoundaryLevel-refuse = refus
vocab-BoundaryLevel-refuse-meaning = ne travaillera pas avec ce groupe ni ne prendra part à cette tactique : aucun espace, comité ou projet partagé
vocab-BoundaryLevel-limited = limite
vocab-BoundaryLevel-limited-meaning = garde une distance : un espace de communication commun, mais aucun comité ni projet ensemble
vocab-CoalitionKind-communication = communication
vocab-CoalitionKind-communication-meaning = les groupes se disent ce qu’ils prévoient, et rien de plus
vocab-CoalitionKind-collaboration = collaboration
vocab-CoalitionKind-collaboration-meaning = des groupes en désaccord sur beaucoup de choses travaillent ensemble de façon limitée, sur une cause
vocab-CoalitionKind-agile = agile
vocab-CoalitionKind-agile-meaning = les groupes s’unissent autour d’une déclaration d’unité, partagent des ressources, se retrouvent aux moments clés et respectent les tactiques des autres
vocab-CoalitionKind-traditional = traditionnelle
vocab-CoalitionKind-traditional-meaning = un seul ensemble de tactiques et de positions décidé ensemble ; la forme la moins souple
vocab-CoalitionKind-alliance = alliance
vocab-CoalitionKind-alliance-meaning = des groupes encore plus proches que dans une coalition, qui partagent une vision à long terme
vocab-Visibility-public = publique
vocab-Visibility-public-meaning = la coalition a un nom public et parle d’une seule voix
vocab-Visibility-informal = informelle
vocab-Visibility-informal-meaning = la coalition travaille ensemble sans identité publique
vocab-Language-en = anglais
vocab-Language-en-meaning = anglais
vocab-Language-fr = français
vocab-Language-fr-meaning = français
vocab-StepStatus-todo = à faire
vocab-StepStatus-todo-meaning = pas commencée
vocab-StepStatus-doing = en cours
vocab-StepStatus-doing-meaning = en cours
vocab-StepStatus-done = faite
vocab-StepStatus-done-meaning = terminée
vocab-DecisionRule-consensus = consensus
vocab-DecisionRule-consensus-meaning = tout le monde est d’accord
vocab-DecisionRule-consent = consentement
vocab-DecisionRule-consent-meaning = personne n’a d’objection sérieuse
vocab-DecisionRule-majority = majorité
vocab-DecisionRule-majority-meaning = plus de la moitié est d’accord
vocab-DecisionRule-delegated = délégation
vocab-DecisionRule-delegated-meaning = un comité ou une personne a décidé, à la demande de la coalition

## core: errors, output, the model, validation, check findings (helper A)

# end of core

## file: the file store, git (diff, merge driver, setup), init, remove, rename, boundaries (helper S)

# end of file

## edit: commands that add, change and log (helper B1)

# end of edit

## read: list, show, steps, report, import, export commands; src/import, src/export (helper B2)

check-clean = { $file } : aucun problème
check-summary = { $file } : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }, { $infos ->
        [one] { $infos } information
       *[other] { $infos } informations
    }

# end of read

## walk: steps, the step walkthroughs, prompts (helper C)

# end of walk

## reports: report kinds and their tables and markdown (helper D1)

# end of reports

## documents: handout, invitation, draft, map, HTML, SVG, ICS (helper D2)

# The handout (src/report/build/handout.rs)
handout-vision = Où nous allons
handout-culture = Comment nous travaillons ensemble
handout-structure = Comment nous nous organisons
handout-draft = Notre vision, notre culture et notre structure
handout-agreed = Ce sur quoi nous nous sommes entendus
handout-take-part = Façons de participer
handout-participation = Chaque groupe participe dans la mesure de ses moyens : un petit groupe aux ressources modestes est aussi bienvenu qu’un grand.
handout-endorsing = Groupes qui appuient la coalition
handout-questions = Questions posées à la présentation
handout-no-answer-yet = Nous travaillons encore à la réponse.
handout-next-assembly = La prochaine assemblée
handout-no-assembly = Aucune assemblée n’est encore prévue. Les groupes membres vous diront quand aura lieu la prochaine.
handout-agenda = Ordre du jour
handout-join = Comment se joindre à nous
handout-join-talk-to-us = Parlez-nous : présentez-nous votre groupe, ce qui lui tient à cœur et ce qu’il peut apporter.
handout-join-talk-to-a-group = Parlez à l’un des groupes ci-dessus : présentez-lui votre groupe, ce qui lui tient à cœur et ce qu’il peut apporter.
handout-join-come-and-tell = Venez à la prochaine assemblée et prévenez-nous de votre venue (voir « Inscription » plus haut).
handout-join-come = Venez à la prochaine assemblée : tout groupe qui partage la déclaration d’unité est le bienvenu.
handout-join-come-later = Venez à la prochaine assemblée dès qu’elle sera annoncée.
handout-join-choose = Choisissez jusqu’où votre groupe s’engage, et s’il le dit publiquement : se joindre à la coalition ne veut pas dire tout appuyer, ni appuyer à voix haute.

# The invitation (src/report/build/invitation.rs), its ICS summary and description
invitation-title = Vous êtes invités à l’assemblée de { $coalition }
invitation-what-happens-first = Nous présenterons une première ébauche de notre vision, de notre culture et de notre structure, répondrons à vos questions et accueillerons chaque groupe qui souhaite se joindre à nous.
invitation-what-happens-later = Nous ferons le point sur ce que la coalition a accompli depuis la dernière assemblée, déciderons ensemble de la suite et accueillerons chaque groupe qui souhaite se joindre à nous.
invitation-taking-part = Chaque groupe participe dans la mesure de ses moyens et n’a pas à appuyer publiquement la coalition.
invitation-when = Quand
invitation-when-unknown = date à venir
invitation-when-from-to = { $day }, de { $start } à { $end }
invitation-when-from = { $day }, à partir de { $start }
invitation-when-until = { $day }, jusqu’à { $end }
invitation-where = Où
invitation-languages = Langues
invitation-accessibility = Accessibilité
invitation-rsvp = Inscription
invitation-why = Pourquoi nous nous rassemblons
invitation-vision = L’ébauche de vision
invitation-what-will-happen = Ce qui se passera
invitation-agenda = Ordre du jour
invitation-summary = { $coalition } : assemblée
invitation-description-vision = L’ébauche de vision : { $vision }
invitation-description-agenda = Ordre du jour : { $agenda }
invitation-description-field = { $label } : { $value }

# The draft of step 2 (src/report/build/draft.rs)
doc-draft-title = { $coalition } : notre ébauche de vision, de culture et de structure
doc-draft-why = Pourquoi nous nous rassemblons
doc-draft-vision = Vision : où nous allons
doc-draft-culture = Culture : comment nous travaillons ensemble
doc-draft-structure = Structure : comment nous nous organisons
doc-draft-not-yet = Pas encore rédigé.
doc-draft-written-by = Rédigé ensemble par
doc-draft-no-co-author = Aucun groupe n’a encore été nommé comme coauteur.
doc-draft-agreed = Ce sur quoi nous nous sommes entendus
doc-draft-take-part = Façons de participer
doc-draft-participation = Chaque groupe participe dans la mesure de ses moyens, pour que les groupes qui ont le moins de ressources puissent eux aussi faire partie de la coalition.

# The map (src/report/build/map.rs)
doc-map-title = { $coalition } : carte
doc-map-intro = Pour les organisateur·rices : qui a du pouvoir et de l’intérêt, où se situe chaque groupe et où on veut l’amener, ce qui circule entre les groupes, comment ils sont liés, où en sont les quatre étapes et ce que trouve coal check. Document interne : il nomme chaque groupe et ses notes ; pour partager à l’extérieur, faites le feuillet (coal report handout).
doc-map-yes = oui
doc-map-no = non
doc-map-not-placed = non placé
doc-map-quadrant-manage = gérer de près
doc-map-quadrant-satisfy = garder satisfait
doc-map-quadrant-inform = tenir informé
doc-map-quadrant-monitor = surveiller
doc-map-not-rated = pas encore noté
doc-map-column-group = groupe
doc-map-column-power = pouvoir
doc-map-column-interest = intérêt
doc-map-column-spectrum = spectre
doc-map-column-impacted = touché
doc-map-column-quadrant = quadrant
doc-map-column-position = position
doc-map-column-target = cible
doc-map-column-severity = gravité
doc-map-column-code = code
doc-map-column-where = où
doc-map-column-message = message
doc-map-power = Pouvoir et intérêt
doc-map-opponents = Adversaires et cibles (en opposition ou sous surveillance), hors quadrant :
doc-map-no-opponents = Aucun groupe n’est en opposition ni sous surveillance.
doc-map-spectrum = Spectre des alliés
doc-map-target-proposed = { $target } (proposé)
doc-map-no-move = aucun déplacement
doc-map-not-placed-yet = Pas encore placés : { $groups }.
doc-map-findings = Ce que trouve coal check
doc-map-no-findings = Aucun problème trouvé.

# The HTML page (src/report/render/html.rs)
doc-html-contents = Sommaire
doc-html-footer = Fait avec coal, le planificateur de coalitions.

# The charts drawn in SVG (src/report/render/svg)
doc-svg-nothing-to-draw = Ce rapport n’a aucun graphique à dessiner.
doc-svg-not-placed = non placé
doc-svg-not-placed-yet = pas encore placé
doc-svg-impacted-mark = un groupe de personnes directement touchées (losange) ; les autres sont des cercles
doc-svg-power-none = Aucun groupe n’est encore noté : rien à placer.
doc-svg-power-how = Donnez aux groupes un pouvoir et un intérêt : coal update-group ID --power N --interest N
doc-svg-power-satisfy = Garder satisfait
doc-svg-power-manage = Gérer de près
doc-svg-power-monitor = Surveiller
doc-svg-power-inform = Tenir informé
doc-svg-power-axis-interest = intérêt →
doc-svg-power-axis-power = pouvoir →
doc-svg-power-not-rated = non noté
doc-svg-power-details = { $group } : pouvoir { $power }, intérêt { $interest }, { $position }
doc-svg-power-details-impacted = { $group } : pouvoir { $power }, intérêt { $interest }, { $position }, touché
doc-svg-power-opponents = Adversaires et cibles (en opposition ou sous surveillance) : hors quadrant
doc-svg-power-no-opponents = Aucun groupe n’est en opposition ni sous surveillance.
doc-svg-spectrum-none = Aucun groupe n’est encore placé sur le spectre : rien à dessiner.
doc-svg-spectrum-how = Placez les groupes : coal update-group ID --spectrum POSITION
doc-svg-spectrum-arrow = de la position d’un groupe à celle où on veut l’amener (anneau en pointillé)
doc-svg-network-none = Aucun groupe pour l’instant : rien à relier.
doc-svg-network-full = { $group } ({ $position })
doc-svg-network-full-impacted = { $group } ({ $position }, touché)
doc-svg-network-committee = liés par un comité
doc-svg-network-person = par une personne dans les deux
doc-svg-network-space = par un espace
doc-svg-network-several = par plusieurs choses
doc-svg-network-impacted = touché
doc-svg-network-hub = partagé par beaucoup de groupes
doc-svg-flows-signs = Signes :
doc-svg-flows-lines = Lignes :
doc-svg-timeline-today = aujourd’hui { $date }
doc-svg-timeline-today-title = aujourd’hui, { $date }
doc-svg-timeline-step = { $number }. { $title } : { $status }
doc-svg-timeline-step-from = { $number }. { $title } : { $status }, depuis le { $started }
doc-svg-timeline-step-to = { $number }. { $title } : { $status }, jusqu’au { $finished }
doc-svg-timeline-step-from-to = { $number }. { $title } : { $status }, du { $started } au { $finished }

# end of documents

## help: glossary and help topics (helper E)

# end of help
