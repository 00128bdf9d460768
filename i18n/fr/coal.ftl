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

# src/commands/mod.rs : ce que dit chaque modification
edit-folder-unreadable = impossible de lire le dossier courant : { $error }
edit-file-unreadable = { $file } n’a pas pu être lu
edit-done-in = dans { $file }
edit-done-dry-run = (essai : rien n’a été écrit)
edit-unchanged = rien à changer : le fichier le dit déjà
edit-unchanged-elsewhere = rien à changer : { $file } le dit déjà
edit-date-said = { $what } { $reason }
edit-happened-hint = enregistrez-le une fois que c’est arrivé, à la date du jour même (aujourd’hui ou avant)
edit-numbers-uncertain = { $what ->
        [decision] des décisions
        [question] des questions
       *[other] des entrées { $what }
    } du fichier ne sont pas valides, leurs numéros sont donc incertains ; rien n’a été écrit
edit-numbers-uncertain-hint = corrigez-les d’abord : `coal check` montre ce qui ne va pas
edit-no-such-number = { $what ->
        [decision] il n’y a pas de décision { $number }
        [question] il n’y a pas de question { $number }
       *[other] il n’y a pas de { $what } { $number }
    } : { $count ->
        [0] aucune n’est encore enregistrée
        [one] il y en a une seule, la numéro 1
       *[other] il y en a { $count }, numérotées de 1 à { $last }
    }
edit-id-taken = { $kind ->
        [group] il y a déjà un groupe
        [tactic] il y a déjà une tactique
        [space] il y a déjà un espace
        [committee] il y a déjà un comité
        [person] il y a déjà une personne
       *[other] il y a déjà { $kind }
    } `{ $id }`
edit-id-taken-hint = pour le modifier, utilisez `coal update-{ $kind } { $id }` ; pour { $kind ->
        [group] un autre groupe
        [tactic] une autre tactique
        [space] un autre espace
        [committee] un autre comité
        [person] une autre personne
       *[other] une autre entrée
    }, choisissez un autre `--id`
edit-register-not-a-table = `{ $key }` dans le fichier n’est pas une table d’entrées par id, coal ne peut donc rien y ajouter
edit-fix-by-hand = corrigez-le d’abord à la main (`coal check` montre ce qui ne va pas)
edit-no-group-to-choose = il manque { $flag } : il n’y a encore aucun groupe parmi lesquels choisir
edit-no-group-to-choose-hint = ajoutez-en un avec `coal add-group NAME`
edit-warning = attention : { $warning }
edit-menu-word = { $word } : { $meaning }
edit-give-another-name = { $reason } : donnez un autre nom

# add-group
add-group-ask-name = Nom du groupe
add-group-done = groupe `{ $id }` ajouté ({ $name })
add-group-taken = il y a déjà un groupe `{ $id }` ({ $name })
add-group-taken-hint = pour le modifier, utilisez `coal update-group { $id }` ; pour un autre groupe du même nom, donnez-lui son propre id avec `--id ID`
add-group-ask-status = Où en est le groupe avec la coalition ?
add-group-ask-impacted = Est-ce une communauté directement touchée ou marginalisée ?
add-group-ask-public = Appuie-t-il publiquement la coalition ? (beaucoup de groupes y prennent part sans le dire)
add-group-ask-power = Pouvoir, de 1 à 5 (nombre, argent, portée, diversité)
add-group-ask-interest = Intérêt pour la cause, de 1 à 5
edit-write-as-table = écrivez-le `{"{"} ... {"}"}` dans le fichier ; `coal check` montre où
edit-updated = { $kind ->
        [group] groupe `{ $id }` mis à jour
        [tactic] tactique `{ $id }` mise à jour
        [space] espace `{ $id }` mis à jour
        [committee] comité `{ $id }` mis à jour
        [person] personne `{ $id }` mise à jour
        [assembly] assemblée du { $id } mise à jour
       *[other] { $kind } `{ $id }` mis à jour
    }

# les champs d’un groupe (add-group, update-group)
group-fields-not-details = `{ $key }.{ $kind }` dans le fichier n’est ni un texte ni une liste de textes
group-fields-not-details-hint = corrigez-le d’abord à la main ; `coal check` montre où
group-fields-not-a-table = `{ $key }` dans le fichier n’est pas une table
group-fields-nothing-to-remove = { $key ->
        [offers] le groupe `{ $id }` n’offre rien à retirer
       *[other] le groupe `{ $id }` n’a aucun besoin à retirer
    }
group-fields-show-its = { $key ->
        [offers] `coal show group { $id }` montre ce qu’il offre
       *[other] `coal show group { $id }` montre ses besoins
    }
group-fields-show-all = { $key ->
        [offers] `coal show group { $id }` montre tout ce qu’il offre
       *[other] `coal show group { $id }` montre tous ses besoins
    }
group-fields-held = ses `{ $kind }` : { $held } ; { $key ->
        [offers] `coal show group { $id }` montre tout ce qu’il offre
       *[other] `coal show group { $id }` montre tous ses besoins
    }
group-fields-no-kind = { $key ->
        [offers] le groupe `{ $id }` n’offre pas de `{ $kind }`
       *[other] le groupe `{ $id }` n’a pas besoin de `{ $kind }`
    }
group-fields-no-detail = { $key ->
        [offers] le groupe `{ $id }` n’offre pas, en `{ $kind }`, « { $detail } »
       *[other] le groupe `{ $id }` n’a pas besoin, en `{ $kind }`, de « { $detail } »
    }

# update-group
update-group-nothing = rien à changer pour le groupe `{ $id }`
update-group-nothing-hint = donnez les champs à changer, par exemple `--status member --power 3` ; `coal update-group --help` les énumère
update-group-seat = { $kind ->
        [committee] le comité `{ $id }`
        [space] l’espace `{ $id }`
       *[other] { $kind } `{ $id }`
    }
update-group-still-seated = note : `{ $group }` est parti mais siège encore dans { $places } ; pour libérer ses places :

# log-decision
log-decision-assembly-or-committee = `--assembly { $assembly }` nomme l’assemblée qui a pris une décision, mais `--by` nomme un comité
log-decision-assembly-or-committee-hint = omettez `--by` (ou donnez `--by assembly`) pour une décision de l’assemblée
log-decision-the-date = la date de la décision
log-decision-review-before = la prochaine révision, le { $review }, tombe avant la décision elle-même ({ $date })
log-decision-review-hint = une décision se révise le jour où elle a été prise ou après
log-decision-ask-summary = Qu’est-ce qui a été décidé ?
log-decision-ask-rule = Comment a-t-on décidé ?
log-decision-done = décision du { $date } consignée : { $summary }
log-decision-unheard = note : elle touche { $groups } sans que ces groupes aient été consultés ; rien sur nous sans nous
log-decision-assembly-to-come = l’assemblée du { $assembly } est encore à venir (nous sommes le { $today }) : ses décisions se consignent une fois qu’elle a eu lieu
log-decision-assembly-to-come-hint = consignez la décision le jour de l’assemblée ou plus tard
log-decision-before-assembly = la décision est datée du { $date }, avant l’assemblée du { $assembly } qui l’a prise
log-decision-before-assembly-hint = omettez `--date` : une décision d’une assemblée nommée est datée de ce jour-là
log-decision-no-assembly = il n’y a pas d’assemblée le { $date }
log-decision-no-assembly-yet = enregistrez-la d’abord avec `coal add-assembly DATE` (ou `coal step assembly --date` pour la première)
log-decision-assemblies = assemblées : { $dates } ; enregistrez-en une autre avec `coal add-assembly { $date }`

# update-decision
update-decision-the-review-date = la date de révision
update-decision-the-next-review = la prochaine révision
update-decision-nothing = rien à changer pour la décision { $number }
update-decision-nothing-hint = donnez ce qui a changé, par exemple `--reviewed { $today }` ou `--add-consulted ID` ; `coal update-decision --help` énumère toutes les options
update-decision-done = décision { $number } mise à jour ({ $date } : { $summary })
update-decision-reviewed-next = révisée le { $reviewed } ; prochaine révision le { $due }
update-decision-reviewed = révisée le { $reviewed } ; aucune révision prévue avant un nouveau `--review-on`
update-decision-log-one = consignez-en une avec `coal log-decision SUMMARY`
update-decision-list-them = `coal list decisions` les montre avec leurs numéros
update-decision-assembly-or-committee = `--assembly { $assembly }` nomme l’assemblée qui a pris la décision, mais `--by` nomme un comité
update-decision-give-one = donnez l’une ou l’autre
update-decision-before-itself = tombe le { $day }, avant la décision elle-même ({ $decided })
update-decision-none = aucune décision à modifier : aucune n’est encore consignée
update-decision-ask-which = Quelle décision ?
update-decision-ask-what = Qu’est-ce qui a changé ?
update-decision-flags = --reviewed, --add-consulted, --review-on, --summary, --date, --by, --rule ou --add-affects
update-decision-change-reviewed = elle a été révisée
update-decision-change-consulted = des groupes ont été consultés
update-decision-change-review-on = sa prochaine révision
update-decision-change-summary = ce qui a été décidé
update-decision-change-date = quand
update-decision-change-by = qui a décidé
update-decision-change-rule = comment (la règle)
update-decision-change-affects = les groupes qu’elle touche
update-decision-ask-reviewed = Révisée le (Entrée pour aujourd’hui, { $today })
update-decision-ask-consulted = Quels groupes ont été consultés ?
update-decision-ask-review-on = La réviser de nouveau le
update-decision-ask-date = Décidée le
update-decision-ask-affects = Quels groupes touche-t-elle ?
update-decision-by-committee = comité { $id }
update-decision-ask-by = Qui a décidé ?
update-decision-ask-like = { $prompt } (comme { $today })

# chaque commande add-* et update-*
edit-added = { $kind ->
        [group] groupe `{ $id }` ajouté
        [tactic] tactique `{ $id }` ajoutée
        [space] espace `{ $id }` ajouté
        [committee] comité `{ $id }` ajouté
        [person] personne `{ $id }` ajoutée
       *[other] { $kind } `{ $id }` ajouté
    } ({ $name })
edit-the-entry = { $kind ->
        [group] le groupe
        [tactic] la tactique
        [space] l’espace
        [committee] le comité
        [person] la personne
       *[other] { $kind }
    } `{ $id }`
edit-nothing-to-change = rien à changer pour { $what }
edit-nothing-to-change-hint = donnez ce qu’il faut changer : { $flags } ; `coal { $command } --help` en dit plus
edit-whose-groups = les groupes { $kind ->
        [space] de l’espace
        [committee] du comité
        [person] de la personne
       *[other] de { $kind }
    } `{ $id }`
edit-group-both-ways = le groupe `{ $group }` serait à la fois ajouté parmi { $whose } et retiré d’entre eux
edit-group-both-ways-hint = donnez-le une seule fois, avec `--add-group` ou `--remove-group`
edit-group-not-there = le groupe `{ $group }` n’est pas parmi { $whose }
edit-group-not-there-none = il n’y en a aucun ; `coal show { $kind } { $id }` montre { $kind ->
        [space] l’espace
        [committee] le comité
        [person] la personne
       *[other] l’entrée
    }
edit-group-not-there-they-are = ce sont { $groups } ; `coal show { $kind } { $id }` montre { $kind ->
        [space] l’espace
        [committee] le comité
        [person] la personne
       *[other] l’entrée
    }
edit-group-already-there = le groupe `{ $group }` est déjà parmi { $whose } ; rien n’a changé
edit-groups-not-ids = dans le fichier, { $whose } ne sont pas une liste d’id
edit-ask-intensity = Intensité, de 1 (institutionnelle) à 5 (la plus conflictuelle)
edit-ask-space-groups = Groupes présents dans l’espace
edit-ask-seats = Groupes qui y siègent
edit-ask-person-groups = Groupes dont la personne fait partie
add-tactic-ask-name = Nom de la tactique
add-space-ask-name = Nom de l’espace
add-space-ask-medium = Moyen (Signal, liste de courriel, appel mensuel...)
add-committee-ask-name = Nom du comité
add-committee-ask-steering = Est-ce le groupe de coordination de confiance ?
add-person-ask-name = Nom de la personne
add-person-done-point-builder = personne `{ $id }` ajoutée ({ $name }), qui fait le pont entre ses groupes
update-tactic-ask-name = Nouveau nom
update-tactic-ask-description = Nouvelle description
update-coalition-the-coalition = la coalition
update-coalition-done = coalition mise à jour
update-coalition-ask-name = Nouveau nom de la coalition
update-coalition-ask-unity = Déclaration d’unité : pourquoi les groupes s’unissent-ils malgré leurs désaccords ?

# log-feedback
log-feedback-the-date = la date du retour
log-feedback-ask-group = Retour de quel groupe ?
log-feedback-ask-text = Qu’a dit le groupe ?
log-feedback-done = retour de `{ $group }` du { $date } consigné

# add-assembly, update-assembly et les champs d’une assemblée
assembly-the = l’assemblée du { $date }
add-assembly-done = assemblée du { $date } ajoutée
add-assembly-ask-date = Date de l’assemblée (passée ou à venir), comme { $today }
add-assembly-ask-place = Lieu
add-assembly-ask-invite = Qui invitez-vous ?
assembly-end-before-start = la fin ({ $end }) doit venir après le début ({ $start })
assembly-end-before-start-hint = une assemblée qui dépasse minuit se termine ici à 23:59 ; dites la suite dans `--agenda`
assembly-answer-uninvited = `{ $id }` n’est pas invité à { $which } : une réponse suit une invitation
assembly-answer-uninvited-hint = invitez-le d’abord, ou dans la même commande : `--invite { $id } --answered { $id }`
assembly-date-taken-first = la première assemblée (étape 3) a lieu le { $day } : la date désigne une assemblée
assembly-date-taken = il y a déjà une assemblée le { $day } : la date désigne une assemblée
assembly-date-taken-hint = pour la modifier ou la compléter : `coal update-assembly { $date } --place ...`
assembly-first-after-later = la première assemblée (étape 3) ne peut pas avoir lieu le { $day } : l’assemblée du { $later } vient après elle
assembly-first-after-later-hint = pour déplacer celle-là aussi, d’abord : `coal update-assembly { $later } --date DATE`
assembly-before-first = la première assemblée (étape 3) a lieu le { $first } : une assemblée ajoutée ensuite vient après elle, pas le { $day }
assembly-before-first-hint = si la première assemblée s’est tenue le { $day } : `coal step assembly --date { $date }`
assembly-attended-to-come = l’assemblée du { $day } est encore à venir (nous sommes le { $today }) : on consigne qui était présent une fois qu’elle a eu lieu
assembly-attended-to-come-hint = pour les inviter plutôt : `--invite ID`
assembly-ask-start = Heure de début, comme 18:30
assembly-end-after-start = la fin doit venir après le début ({ $start })
assembly-ask-end = Heure de fin, comme 21:00
assembly-ask-languages = Langues, séparées par des virgules
assembly-ask-accessibility = Qu’est-ce qui est offert pour que tout le monde puisse participer ?
assembly-ask-rsvp = À qui signaler sa venue, et comment
update-assembly-nothing-hint = donnez les champs à changer, par exemple `--place X --date NEW` ; `coal update-assembly --help` les énumère
update-assembly-moved = assemblée du { $date } déplacée au { $new }
update-assembly-done = assemblée du { $date } mise à jour
update-assembly-shared-date = { $count } assemblées sont datées du { $date } : la date ne dit plus laquelle modifier
update-assembly-shared-date-hint = donnez d’abord à chacune sa propre date dans le fichier (`coal check` montre où elles sont)
update-assembly-none = aucun
update-assembly-absent = `{ $id }` n’est pas { $list ->
        [invited] invité
        [answered] enregistré comme ayant répondu
       *[attended] enregistré comme présent
    } à l’assemblée du { $date }, on ne peut donc pas l’en retirer
update-assembly-absent-hint = { $list ->
        [invited] invités
        [answered] ont répondu
       *[attended] présents
    } : { $listed } ; vérifiez l’id
update-assembly-add-one = ajoutez-en une avec `coal add-assembly DATE` (ou `coal step assembly --date` pour la première)
update-assembly-add-another = assemblées : { $dates } ; ajoutez-en une nouvelle avec `coal add-assembly { $date }`

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

# end of documents

## help: glossary and help topics (helper E)

# end of help
