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

# Les étiquettes des lignes sur stderr ; d’autres parties s’en servent aussi.
label-error = erreur : { $text }
label-hint = conseil : { $text }
label-warning = attention : { $text }
label-note = note : { $text }

# Les erreurs de toutes les commandes (src/error.rs)
error-io = impossible { $action ->
        [read] de lire
        [write] d’écrire
        [lock] de verrouiller
        [lock-file] de créer le fichier de verrou
        [temporary-file] d’écrire un fichier temporaire dans
       *[other] de { $action }
    } { $path } : { $reason }
error-io-permission = vérifiez les permissions du fichier et de son dossier
error-io-disk-full = libérez de l’espace disque et réessayez
error-io-too-large = le fichier dépasse ce que ce système ou sa limite (`ulimit -f`) permet
error-stdout-closed = la sortie standard a été fermée
error-stdout = impossible d’écrire sur la sortie standard : { $reason }
error-stdout-hint = la sortie va vers un disque plein ou un périphérique qui n’accepte rien ; envoyez-la ailleurs

# coal check : la gravité dans la sortie texte (JSON et GitHub restent en anglais)
check-severity-error = erreur
check-severity-warning = attention
check-severity-info = info
check-finding = { $severity }[{ $code }] { $path } : { $message }

# Là où deux groupes se retrouvent ensemble (boundary-violation)
check-place-space = l’espace `{ $id }`
check-place-committee = le comité `{ $id }`
check-place-draft = l’équipe de rédaction du texte
check-boundary-violation = { $group } { $level ->
        [refuse] refuse de travailler avec
       *[limited] limite son travail avec
    } { $other }, et pourtant les deux sont dans { $place }. Respectez cette limite : séparez-les, ou demandez à { $group } si elle tient toujours.
check-resource-concentration = { $group } apporte { $count } des { $total } offres des membres ({ $percent } %). Les groupes qui ont le plus de ressources finissent souvent par diriger ; partagez le pouvoir : confiez des tâches et des décisions à d’autres groupes, et mettez ce qu’offre { $group } au service des besoins des groupes qui ont le moins de ressources.
check-steering-without-impacted = Le comité de coordination { $committee } ne compte aucun groupe directement touché, alors que des groupes touchés sont membres. Faites-leur une place : les personnes les plus concernées doivent peser fortement dans la coalition.
check-nothing-about-us = « { $decision } » touche { $groups } sans qu’on les ait consultés. Rien sur nous sans nous : écoutez-les avant que la décision ne soit arrêtée, puis `coal update-decision { $number } --add-consulted ID`.
check-less-is-more = { $count } groupes sont contactés, en dialogue ou membres avant l’assemblée. Moins, c’est mieux : un petit premier cercle s’accorde sur ce qu’il veut ; un cercle large finit par ne s’accorder que sur ce qu’il rejette. Élargissez le cercle à l’assemblée (étape 3).
check-no-space = { $group } n’est dans aucun espace de communication. Les groupes qui se parlent apprennent les uns des autres et se rapprochent : ajoutez-le à un espace (`coal update-space ID --add-group { $id }`, ou `coal add-space`).
check-feedback-overdue-since-feedback = Aucun retour de { $group } depuis plus de { $days } jours, à compter de son dernier retour le { $date }.
check-feedback-overdue-since-joined = Aucun retour de { $group } depuis plus de { $days } jours, à compter du jour où il a rejoint la coalition, le { $date } : il n’en a encore donné aucun.
check-feedback-overdue-never = Aucun retour de { $group } pour l’instant, et aucune date `joined` à partir de laquelle compter les { $days } jours.
check-feedback-overdue-ask = Demandez-lui comment la coalition fonctionne pour lui, et notez-le avec `coal log-feedback { $id } TEXT`.
check-review-due = « { $decision } » devait être revue le { $date }. Remettez-la à l’ordre du jour : les contextes changent, et la coalition doit s’adapter. Une fois revue : `coal update-decision { $number } --reviewed DATE`.
check-step-order = L’étape { $step } ({ $key }) a commencé alors que l’étape { $earlier } ({ $earlier_key }) n’a pas commencé. Chaque étape s’appuie sur la précédente : `coal steps` montre où vous en êtes.
check-step-dates = L’étape { $step } ({ $key }) s’est terminée le { $finished }, avant d’avoir commencé le { $started } : corrigez `started` ou `finished` sous [steps.{ $key }] dans le fichier.
check-denouncing-risk = { $group } trace une limite à { $tactic }, une tactique qu’emploie { $users }, et la coalition n’a pas d’entente contre la dénonciation publique. Convenez qu’un groupe peut se tenir à l’écart d’une tactique sans la condamner en public : la division ne sert que les adversaires.
check-single-tactic = Les { $count } membres emploient { $tactics ->
        [one] { $tactics } tactique
       *[other] { $tactics } tactiques
    } à eux tous. Des tactiques différentes servent des buts différents et conviennent à des personnes différentes : la diversité des tactiques rend la coalition plus forte et plus attirante.
check-missing-roles = Aucun membre ne joue le rôle de { $roles } (les rôles de Moyer). Les mouvements ont besoin de citoyen·nes, de rebelles, de réformistes et d’agent·es de changement ; cherchez ou valorisez les groupes qui jouent les rôles manquants.
check-public-not-member = { $group } { $status ->
        [watch] est sous veille, pas partenaire
        [declined] a décliné l’invitation
       *[left] a quitté la coalition
    }, et pourtant il est indiqué comme appuyant publiquement la coalition. Les rapports publics ne nomment que les groupes membres, il n’y apparaît donc pas ; faites-le dire au fichier avec `coal update-group { $id } --private`.
check-overload = { $group } participe { $level ->
        [observer] en tant qu’observateur
       *[supporter] en tant que soutien
    }, et pourtant occupe { $seats ->
        [one] { $seats } siège de comité
       *[other] { $seats } sièges de comité
    } là où { $core }, un groupe du noyau, en occupe { $core_seats }. Les niveaux de participation permettent à chaque groupe de donner ce qu’il peut : demandez à { $group } si cette charge lui convient, et partagez les sièges avec les groupes du noyau.
check-opponent-joined = { $group } a rejoint la coalition, et pourtant il se situe en { $position } : un adversaire n’est pas un partenaire. S’il a changé de position, placez-le de nouveau (`coal update-group { $id } --spectrum POSITION`) ; sinon, il a été accueilli par erreur (`coal update-group { $id } --status watch`).
check-refuses-own-tactic = { $group } trace une limite à { $tactic }, une tactique qu’il emploie lui-même. Demandez à { $group } laquelle tient : retirez la limite (`coal remove-boundary { $id } --against-tactic { $tactic_id }`) ou retirez la tactique de sa liste (`coal update-group { $id } --tactic ID`, une fois pour chaque tactique qu’il garde).
# Ce que le groupe refusé a fait (boundary-at-assembly)
check-place-invited-on = est invité à l’assemblée du { $date }
check-place-invited = est invité à l’assemblée
check-place-joined = a rejoint la coalition
check-boundary-at-assembly = { $group } refuse de travailler avec { $other }, et { $other } { $place }. Parlez d’abord avec { $group } : comment les deux peuvent prendre part sans travailler ensemble, ou si la limite tient toujours.
check-tactic-disagreement = { $diversity ->
        [yes] La coalition agit selon un seul ensemble de tactiques, comme une coalition traditionnelle
       *[no] La coalition s’est entendue sur des tactiques communes
    }, et pourtant { $group } trace une limite à { $tactic }, { $count ->
        [one] qu’emploie
       *[other] qu’emploient
    } { $users }. Réglez-le ensemble : entendez-vous sur des tactiques que chaque membre accepte, { $traditional ->
        [yes] ou sur la façon dont le groupe se tient à l’écart de cette action
       *[no] ou laissez chaque groupe garder les siennes (`coal update-coalition --diversity-of-tactics yes`)
    }.

# Ce que cherche chaque code de coal check (glossaire)
check-meaning-invalid-reference = un id qui ne désigne rien dans le fichier
check-meaning-invalid-value = une valeur que coal ne peut pas utiliser : un mot hors de sa liste, un nombre hors limites, un champ manquant, des dates dans le désordre
check-meaning-boundary-violation = deux groupes réunis alors que l’un refuse l’autre
check-meaning-unknown-key = une clé que coal ne connaît pas (gardée, pas utilisée), souvent une faute de frappe
check-meaning-resource-concentration = un groupe apporte l’essentiel de ce qu’offrent les membres
check-meaning-steering-without-impacted = des groupes touchés sont membres, mais pas au comité de coordination
check-meaning-nothing-about-us = une décision touche un groupe qui n’a pas été consulté
check-meaning-less-is-more = trop de groupes en jeu avant la première assemblée : commencez petit
check-meaning-no-space = un groupe membre n’est dans aucun espace de communication
check-meaning-feedback-overdue = un groupe membre n’a pas donné de nouvelles depuis trop longtemps
check-meaning-review-due = une décision doit être revue
check-meaning-step-order = une étape a commencé avant une étape précédente
check-meaning-step-dates = une étape s’est terminée avant d’avoir commencé
check-meaning-denouncing-risk = un membre refuse une tactique qu’un autre membre emploie, et aucune entente n’écarte la dénonciation publique
check-meaning-single-tactic = les membres n’emploient presque qu’une seule tactique
check-meaning-missing-roles = les membres ne couvrent pas les quatre rôles
check-meaning-public-not-member = un groupe qui n’est pas membre est indiqué comme public
check-meaning-overload = un membre moins engagé occupe plus de sièges de comité qu’un membre du noyau
check-meaning-boundary-at-assembly = un membre refuse un groupe invité à une assemblée, ou qui a rejoint la coalition
check-meaning-tactic-disagreement = dans une coalition aux tactiques communes, un membre en refuse une qu’un autre membre emploie
check-meaning-opponent-joined = un groupe en opposition sur le spectre a rejoint la coalition
check-meaning-refuses-own-tactic = un groupe trace une limite à une tactique qu’il emploie lui-même

# Validation du fichier (src/model/validate.rs, input.rs, id.rs, vocab.rs)
valid-no-schema = il n’a pas de ligne `schema = 1`, ce n’est donc pas un fichier de coalition
valid-not-schema-one = `schema` doit valoir 1, et non { $got }
valid-newer-schema = il a été écrit par un coal plus récent (schéma { $schema }) ; ce coal lit le schéma { $ours }
valid-no-coalition = il n’a pas de table `[coalition]` avec le nom de la coalition et sa déclaration d’unité
valid-shown-text = le texte « { $text } »
valid-shown-list = une liste
valid-shown-table = une table
valid-left-before-joined = un groupe part après avoir rejoint la coalition ; un groupe parti puis revenu ne garde que sa nouvelle date `joined`
valid-reviewed-before-taken = une décision est revue le jour où elle a été prise ou après
valid-date-before = `{ $later }` ({ $then }) est avant `{ $earlier }` ({ $first }) : { $why }
valid-assembly-twice = il y a déjà une assemblée le { $date } : la date identifie une assemblée, chacune a donc la sienne
valid-end-before-start = `end` ({ $end }) doit être après `start` ({ $start })
valid-answered-not-invited = `{ $id }` est dans `answered` mais pas dans `invited` : on répond à une invitation ; ajoutez-le à `invited` ou retirez-le de `answered`
valid-assembly-not-by-assembly = `assembly` nomme l’assemblée qui a pris une décision, mais celle-ci a été prise par `{ $by }`
valid-unknown-key = `{ $key }` ne fait pas partie du schéma 1 ; coal la garde mais ne s’en sert pas (une faute de frappe ?)
valid-unknown-key-near = `{ $key }` ne fait pas partie du schéma 1 ; coal la garde mais ne s’en sert pas : vouliez-vous dire `{ $near }` ?
valid-not-a-table = `{ $key }` doit être une table, et non { $got }
valid-not-a-register = `{ $key }` doit être une table de { $key } par id, et non { $got }
valid-assembly-committee = `assembly` ne peut pas être l’id d’un comité : dans une décision, `by = "assembly"` désigne l’assemblée tout entière
valid-entry-not-a-table = { $register ->
        [groups] un groupe
        [tactics] une tactique
        [spaces] un espace
        [committees] un comité
       *[people] une personne
    } doit être une table, et non { $got }
valid-boundary-both = une limite nomme soit un `group`, soit une `tactic`, pas les deux
valid-boundary-neither = une limite doit nommer un `group` ou une `tactic`
valid-boundary-itself = `{ $id }` ne peut pas poser de limite envers lui-même
valid-not-a-list-of-tables = `{ $key }` doit être une liste de tables, et non { $got }
valid-entry-must-be-table = chaque entrée doit être une table, et non { $got }
valid-word = `{ $key }` : { $message }
valid-required = `{ $key }` est obligatoire
valid-blank-element = `{ $key }` : un élément { $problem }
valid-listed-twice = `{ $id }` est déjà dans `{ $key }` ; coal ne le compte qu’une fois : retirez celui-ci
valid-wrong-type = `{ $key }` doit être { $expected }, et non { $got }
valid-expected-text = un texte entre guillemets
valid-expected-bool = true ou false
valid-expected-one-of = l’un de : { $words }
valid-expected-decided-by = `"assembly"` ou l’id d’un comité
valid-expected-table = une table
valid-expected-whole-number = un nombre entier, { $range }
valid-expected-date = une date écrite comme 2026-11-25 (sans guillemets)
valid-expected-time = une heure écrite comme `"18:30"`
valid-expected-id = { $register ->
        [groups] l’id d’un groupe
        [tactics] l’id d’une tactique
        [spaces] l’id d’un espace
        [committees] l’id d’un comité
       *[people] l’id d’une personne
    } entre guillemets
valid-expected-list = une liste comme `["a", "b"]`
valid-expected-resources = une table comme `{"{"} money = "..." {"}"}`
valid-expected-details = un texte entre guillemets, ou une liste de textes comme `["a", "b"]`
valid-range = de { $min } à { $max }
valid-range-from = { $min } ou plus
valid-out-of-range = `{ $key }` doit valoir { $range }, et non { $got }
valid-no-assembly-yet = `{ $key }` ne désigne aucune assemblée le { $date } ; aucune assemblée n’a encore de date
valid-no-assembly-on = `{ $key }` ne désigne aucune assemblée le { $date } ; assemblées : { $dates }
valid-names-nothing = `{ $key }` ne désigne { $register ->
        [groups] aucun groupe
        [tactics] aucune tactique
        [spaces] aucun espace
        [committees] aucun comité
       *[people] aucune personne
    } `{ $id }`
valid-names-nothing-near = `{ $key }` ne désigne { $register ->
        [groups] aucun groupe
        [tactics] aucune tactique
        [spaces] aucun espace
        [committees] aucun comité
       *[people] aucune personne
    } `{ $id }` ; vouliez-vous dire `{ $near }` ?
valid-more-like-these = et { $count } autres du même genre dans `{ $key }`
valid-blank-detail = le détail de `{ $kind }` { $problem }
valid-blank-detail-of = un détail de `{ $kind }` { $problem }
valid-no-detail = `{ $kind }` ne donne aucun détail : écrivez-en au moins un, ou retirez la clé
input-empty = ne doit pas être vide
input-invisible = doit montrer quelque chose : il ne contient que des caractères invisibles
id-not-valid = `{ $id }` n’est pas un id valide : un id compte de 1 à 64 caractères parmi a-z, 0-9 et `-`, et commence par une lettre ou un chiffre
id-try = { $message } (essayez `{ $suggestion }`)
vocab-not-one-of = `{ $word }` ne fait pas partie { $vocabulary ->
        [Status] des statuts
        [Participation] des niveaux de participation
        [Spectrum] des positions du spectre
        [Role] des rôles
        [ResourceType] des types de ressources
        [BoundaryLevel] des niveaux de limite
        [CoalitionKind] des types de coalition
        [Visibility] des visibilités
        [Language] des langues
        [StepStatus] des états d’étape
       *[DecisionRule] des règles de décision
    } valides : { $words }

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

# end of documents

## help: glossary and help topics (helper E)

# end of help
