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

report-none = aucun
report-none-yet = aucun pour l’instant
report-next = Ensuite
report-overview-kind = Type
report-overview-visibility = Visibilité
report-overview-tactics = Tactiques
report-overview-first-steps = Premières étapes
report-overview-members = Membres
report-overview-member-groups = groupes membres
report-overview-endorsing = groupes qui appuient publiquement
report-overview-impacted = directement touchés
report-overview-impacted-share = { $count } ({ $percent } %)
report-overview-findings = Principaux constats de coal check
report-overview-no-findings = Aucun problème trouvé.
report-overview-command = Commande
report-overview-today = aujourd’hui
report-overview-tomorrow = demain
report-overview-in-days = { $count ->
        [one] dans { $count } jour
       *[other] dans { $count } jours
    }
report-overview-next-assembly = Prochaine assemblée
report-overview-no-assembly = Aucune assemblée n’est prévue pour l’instant.
report-overview-when = Quand
report-overview-when-value = { $day } ({ $to_go })
report-overview-where = Où
report-overview-place-not-chosen = pas encore choisi
report-overview-invited = Invités
report-overview-nobody-yet = personne pour l’instant
report-overview-answered = Ont répondu
report-overview-not-heard = Pas encore de nouvelles
report-overview-no-feedback = Groupes membres sans retour pour l’instant
report-overview-no-answer = Groupes invités sans réponse pour l’instant
report-overview-reviews = Décisions à réexaminer
report-overview-none = Aucune.
report-overview-review = Décision { $number } : { $summary } (prise le { $taken }, à réexaminer le { $review })
report-overview-questions = Questions ouvertes
report-overview-question = Question { $number } : { $question }
report-overview-asked-by = { $question } (posée par { $name })
report-yes = oui
report-no = non
report-groups-title = { $coalition } : groupes
report-groups-name = nom
report-groups-status = statut
report-groups-participation = participation
report-groups-public = public
report-groups-impacted = touché
report-groups-power = pouvoir
report-groups-interest = intérêt
report-groups-unpredictability = imprévisibilité
report-groups-members = membres
report-groups-spectrum = spectre
report-groups-spectrum-target = cible sur le spectre
report-groups-roles = rôles
report-groups-tactics = tactiques
report-groups-offers = offres
report-groups-needs = besoins
report-groups-counts = { $groups ->
        [one] { $groups } groupe
       *[other] { $groups } groupes
    } : { $members ->
        [one] { $members } membre
       *[other] { $members } membres
    }, { $endorsing ->
        [one] { $endorsing } appuie
       *[other] { $endorsing } appuient
    } publiquement.
report-groups-public-none = Aucun groupe n’appuie encore publiquement la coalition.
report-groups-public-count = { $count ->
        [one] { $count } groupe appuie publiquement la coalition.
       *[other] { $count } groupes appuient publiquement la coalition.
    }
report-power-title = { $coalition } : pouvoir et intérêt
report-power-manage-closely = Impliquer de près
report-power-manage-closely-advice = beaucoup de pouvoir, beaucoup d’intérêt : les partenaires au cœur ; associez-les à chaque décision importante.
report-power-keep-satisfied = Garder satisfaits
report-power-keep-satisfied-advice = beaucoup de pouvoir, moins d’intérêt : gardez-les de votre côté en leur demandant peu d’efforts ; ils peuvent faire basculer une campagne.
report-power-keep-informed = Tenir informés
report-power-keep-informed-advice = beaucoup d’intérêt, moins de pouvoir : la cause les touche ; partagez les nouvelles, offrez-leur des façons de s’impliquer et portez leur voix.
report-power-monitor = Surveiller
report-power-monitor-advice = peu de pouvoir, peu d’intérêt : gardez un œil ouvert ; les choses changent.
report-power-unpredictable = { $name } (imprévisibilité { $unpredictability })
report-power-interest-low = intérêt 1-2
report-power-interest-high = intérêt 3-5
report-power-power-high = pouvoir 3-5
report-power-power-low = pouvoir 1-2
report-power-what-to-do = Que faire
report-power-not-rated = Pas encore évalués
report-power-rate-them = Donnez à ces groupes un pouvoir et un intérêt (
report-power-rate-them-after = ) : { $names }.
report-power-chart-title = Pouvoir et intérêt
report-power-chart-description = Les groupes placés selon leur intérêt (vers la droite) et leur pouvoir (vers le haut), en quatre quadrants : impliquer de près, garder satisfaits, tenir informés, surveiller. Partenaires évalués : { $partners } ; adversaires (en opposition ou sous veille), à part sous la grille : { $opponents } ; pas encore évalués, non dessinés : { $unrated }. La couleur et le signe montrent la position sur le spectre ; un losange marque un groupe de personnes directement touchées.
report-power-opponents = Adversaires et cibles
report-power-no-opponents = Aucun groupe n’est en opposition ni sous veille.
report-power-opponents-intro = Les groupes en opposition ou sous veille ne sont pas des partenaires : ils ne figurent dans aucun quadrant ci-dessus. Renseignez-vous sur ce qu’ils comptent faire et sur leurs moyens, pour planifier vos propres actions.
report-power-stands = position
report-power-intentions = intentions
report-power-watched-at = sous veille, { $position }
report-power-watched = sous veille
report-spectrum-title = { $coalition } : spectre des alliés
report-spectrum-chart-title = Spectre des alliés
report-spectrum-chart-description = Cinq colonnes, de l’allié·e actif·ve à l’opposition active ; chaque groupe placé est une marque dans sa colonne, avec une flèche pointillée vers la position visée (la cible fixée, ou le pas que coal propose). Groupes placés : { $placed } ; avec un pas à viser : { $aimed }.
report-spectrum-not-placed = Pas encore placés
report-spectrum-place-them = { $names }. Où se situent-ils ? Placez chacun (
report-spectrum-place-them-after = ) pour voir le pas à viser.
report-spectrum-target = cible
report-spectrum-next-step = prochain pas
report-spectrum-proposed = aucune fixée : proposé
report-spectrum-moves = Les pas à viser
report-spectrum-one-step = Les personnes et les groupes avancent d’un pas à la fois : visez à rapprocher chacun d’un seul pas, pas à gagner d’un coup des adversaires. Là où vous n’avez pas fixé de cible, coal propose un pas vers allié·e actif·ve (pour les adversaires, en opposition ou sous veille, et pour les groupes qui ont décliné : un pas vers neutre, jamais vers les alliés) ; fixez la vôtre avec{" "}
report-spectrum-no-moves = Aucun groupe n’a de pas à viser : chaque groupe placé se trouve là où il est visé, est allié·e actif·ve, ou est sous veille ou a décliné sans être en opposition.
report-resources-title = { $coalition } : ressources partagées
report-resources-heading = Ressources
report-resources-group = groupe
report-resources-offers-needs = offre, a besoin
report-resources-offers = offre
report-resources-needs = a besoin
report-resources-intro = Ce que chaque groupe membre peut offrir et ce dont il a besoin :
report-resources-who-gives = Qui peut donner quoi à qui
report-resources-no-match = Aucun besoin d’un membre ne correspond encore à l’offre d’un autre membre.
report-resources-resource = ressource
report-resources-from = de
report-resources-to = à
report-resources-offer = offre
report-resources-need = besoin
report-resources-details = détails
report-resources-flow-details = offre { $offer } ; a besoin de { $need }
report-resources-boundaries-kept = Aucun groupe n’est proposé pour donner à un groupe avec qui il a une limite, ni à un groupe qui emploie une tactique qu’il refuse.
report-resources-concentration = Concentration
report-resources-concentrated = { $name } détient { $total ->
        [one] la seule offre des membres
       *[other] { $count } des { $total } offres des membres
    } ({ $percent } %). Partager les ressources, c’est partager le pouvoir : quand un groupe en apporte la plupart, il finit souvent par mener.
report-resources-no-offer = Aucun membre n’offre encore quoi que ce soit.
report-resources-no-need = Aucun membre n’a encore de besoin.
report-resources-offers-matched = Chaque offre des membres trouve preneur.
report-resources-needs-matched = Chaque besoin des membres est comblé.
report-resources-amplify = Amplifier
report-resources-amplify-nothing = Membres qui n’offrent encore rien : { $names }. Le partage des ressources sert à amplifier la voix des groupes qui en ont le moins : portez la leur le plus loin.
report-resources-amplify-fewest = Les membres qui ont le moins de ressources à offrir : { $names }. Le partage des ressources sert à amplifier la voix des groupes qui en ont le moins : portez la leur le plus loin.
report-resources-unmatched-offers = Offres sans preneur pour l’instant
report-resources-unmet-needs = Besoins qu’aucun membre ne comble encore
report-resources-unmatched-offers-line = Offres sans preneur pour l’instant :
report-resources-unmet-needs-line = Besoins qu’aucun membre ne comble encore :
report-resources-kept-apart = { $line } — les membres qui l’offrent en sont séparés par une limite
report-resources-potential = Offres possibles
report-resources-potential-intro = Des groupes pas encore membres pourraient apporter ceci ; ils seront jumelés une fois membres :
report-resources-no-flow = Aucun besoin d’un membre ne correspond encore à l’offre d’un autre membre : aucun flux à dessiner.
report-resources-flows-drawn = Le graphique dessine les { $drawn } premiers des { $count } flux ; le tableau les donne tous.
report-resources-chart-title = Ressources : qui peut donner quoi à qui
report-resources-chart-description = { $count ->
        [one] { $count } flux de ressources proposé
       *[other] { $count } flux de ressources proposés
    } ({ $kinds }), chacun d’un groupe membre qui offre vers un groupe qui a besoin ; la même chose dans le tableau ci-dessous.
report-tactics-title = { $coalition } : tactiques
report-tactics-intensity = intensité
report-tactics-used-by = employée par
report-tactics-boundaries = limites
report-tactics-description = description
report-tactics-spread = Répartition des intensités
report-tactics-intensity-level = intensité { $level }
report-boundaries-title = { $coalition } : limites
report-boundaries-against = envers
report-boundaries-level = niveau
report-boundaries-reason = raison
report-boundaries-against-group = groupe { $name }
report-boundaries-against-tactic = tactique { $name }
report-boundaries-intro = Une limite est une ligne qu’un groupe ne franchira pas, même avec des groupes avec qui il est d’accord. La coalition les respecte : des groupes séparés par une limite ne sont pas placés ensemble.
report-boundaries-crossed = Franchies
report-boundaries-none-crossed = Aucune limite n’est franchie.
report-boundaries-tension = Tactiques en tension
report-boundaries-no-tension = Aucun groupe ne refuse une tactique qu’un membre emploie.
report-boundaries-advice = { $count ->
        [one] { $holder } refuse la tactique « { $tactic } », que { $users } emploie. Respectez cette limite dans les deux sens : { $holder } s’en tient à l’écart et ne la dénonce pas en public ; { $users } ne demande pas à { $holder } d’y prendre part ni de prêter son nom.
       *[other] { $holder } refuse la tactique « { $tactic } », que { $users } emploient. Respectez cette limite dans les deux sens : { $holder } s’en tient à l’écart et ne la dénonce pas en public ; { $users } ne demandent pas à { $holder } d’y prendre part ni de prêter son nom.
    }
report-structure-title = { $coalition } : structure
report-structure-kind = type
report-structure-groups = groupes
report-structure-purpose = rôle
report-structure-steering = comité de coordination
report-structure-committee = comité
report-structure-space = espace ({ $medium })
report-structure-no-space = Membres dans aucun espace
report-structure-no-member = Aucun groupe membre pour l’instant.
report-structure-all-spaced = Chaque groupe membre est dans au moins un espace de communication.
report-structure-bring-them = { $names }. Invitez-les dans un espace : les groupes qui se parlent apprennent les uns des autres.
report-structure-point-builders = Passeurs et passeuses
report-structure-no-point-builder = Personne n’est encore dans deux groupes. Les personnes actives dans plusieurs groupes font le pont entre leurs façons de travailler : cherchez-les.
report-structure-steering-seat = groupes qui siègent à la coordination
report-structure-co-authors = coauteurs de l’ébauche
report-structure-consulted = groupes consultés sur les décisions
report-structure-impacted-share = { $impacted } directement touchés sur { $total } ({ $percent } %)
report-structure-leadership = Place des personnes directement touchées
report-structure-leadership-intro = Les groupes directement touchés doivent faire plus que compter : veillez à ce qu’ils aient des sièges, la plume et une voix dans les décisions.
report-feedback-title = { $coalition } : retours
report-feedback-intro = Avoir des nouvelles de chaque groupe membre garde la coalition honnête ; l’entente prévoit au moins un retour tous les { $days } jours.
report-feedback-latest = dernier
report-feedback-days-ago = il y a (jours)
report-feedback-by = par
report-feedback-text = texte
report-feedback-who = Qui écouter
report-feedback-ask = Demandez-leur comment la coalition fonctionne pour eux, puis{" "}
report-feedback-never = Pas encore de nouvelles : { $names }.
report-feedback-overdue = Pas de nouvelles depuis plus de { $days } jours : { $names }.
report-feedback-all-heard = Chaque groupe membre a donné des nouvelles dans les { $days } derniers jours.
report-feedback-no-members = Aucun groupe membre pour l’instant.
report-steps-title = { $coalition } : les quatre premières étapes
report-steps-number = numéro
report-steps-step = étape
report-steps-started = commencée
report-steps-finished = terminée
report-steps-done-so-far = fait jusqu’ici
report-steps-vision = vision
report-steps-culture = culture
report-steps-structure = structure
report-steps-written = rédigé : { $parts }
report-steps-co-authors = parmi les coauteurs : { $names }
report-steps-date = date : { $date }
report-steps-place = lieu : { $place }
report-steps-joined = ont rejoint : { $names }
report-separator = {" "};{" "}
report-steps-questions = Questions posées à la présentation
report-steps-no-questions = Aucune question enregistrée pour l’instant.
report-steps-not-answered = pas encore de réponse
report-steps-question = question
report-steps-asked-by = posée par
report-steps-answer = réponse
report-steps-timeline-heading = Les quatre premières étapes
report-steps-timeline-title = Les quatre premières étapes sur une ligne du temps
report-steps-assembly = assemblée
report-steps-start = début
report-steps-place-column = lieu
report-steps-no-assembly = Aucune assemblée n’a encore de date.
report-steps-assemblies = Les assemblées :
report-steps-not-started = pas commencée
report-steps-in-progress = en cours
report-steps-done = faite
report-steps-timeline-step = étape { $number } { $status }
report-steps-timeline-description = { $steps } ; { $assemblies ->
        [0] aucune assemblée datée
        [one] { $assemblies } assemblée
       *[other] { $assemblies } assemblées
    } ; aujourd’hui : { $today }. La même chose dans les tableaux ci-dessous.
report-network-title = { $coalition } : réseau
report-network-heading = Réseau
report-network-no-ties = Aucun groupe ne partage encore un comité, un espace ou une personne avec un autre.
report-network-linked-through = lien
report-network-unlinked = Liés à aucun autre groupe pour l’instant :
report-network-committee = comité { $name }
report-network-person = personne { $name }
report-network-space = espace { $name }
report-network-chart-title = Groupes liés par les comités, les espaces et les personnes
report-network-chart-description = { $groups ->
        [one] { $groups } groupe
       *[other] { $groups } groupes
    } et { $ties ->
        [one] { $ties } lien
       *[other] { $ties } liens
    } : deux groupes sont liés quand ils siègent au même comité, partagent un espace, ou qu’une personne fait partie des deux. Un lien de plus de { $pairs } groupes est dessiné comme un petit carré relié à chacun de ses groupes. Le tableau sous le graphique donne chaque lien et ses groupes.
report-kind-overview = la coalition d’un coup d’œil, et la prochaine chose à faire
report-kind-groups = chaque groupe avec son statut, ses notes, ses rôles, ses tactiques et ses ressources
report-kind-power = les partenaires selon leur pouvoir et leur intérêt, et les adversaires à part
report-kind-resources = qui offre quoi, qui a besoin de quoi, et qui peut donner quoi à qui
report-kind-tactics = qui emploie chaque tactique, et les limites que des groupes posent envers certaines
report-kind-boundaries = chaque limite, et où une limite est franchie
report-kind-spectrum = le spectre des alliés, et le prochain pas pour chaque groupe
report-kind-structure = les comités et les espaces, et la place des groupes directement touchés
report-kind-feedback = le dernier retour de chaque membre, et qui n’a pas été entendu
report-kind-steps = les quatre premières étapes, et les questions posées à la présentation
report-kind-invitation = une invitation prête à envoyer pour la prochaine assemblée
report-kind-draft = l’ébauche de l’étape 2, prête à partager
report-kind-handout = la coalition pour tout le monde, à imprimer ou envoyer : toujours publique, quoi que dise --audience
report-kind-map = une page de graphiques pour les organisateur·rices : pouvoir, spectre, ressources, liens, étapes
report-kind-network = comment les groupes sont liés par les comités, les espaces et les personnes membres de deux groupes
report-format-table = pour lire dans le terminal
report-format-markdown = à coller dans un document, un courriel ou une demande de fusion (pull request)
report-format-json = pour les scripts
report-format-csv = pour les tableurs
report-format-ics = un événement de calendrier (l’invitation)
report-format-html = une page à ouvrir dans un navigateur, à imprimer ou à joindre à un courriel
report-format-svg = le graphique seul, en image
report-audience-internal = pour les organisateur·rices de la coalition : tout
report-audience-public = à partager à l’extérieur : seulement les groupes membres qui appuient publiquement la coalition, rien d’interne
report-markdown-field = - **{ $key } :** { $value }
report-structure-point-builder = { $name } : { $groups }

# end of reports

## documents: handout, invitation, draft, map, HTML, SVG, ICS (helper D2)

# end of documents

## help: glossary and help topics (helper E)

# end of help
