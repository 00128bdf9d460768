# Les messages de coal en français. Chaque section appartient à une partie
# du travail (issue 18). Typographie : espace insécable (U+00A0) avant « : »
# et dans les guillemets « », espace fine insécable (U+202F) avant ; ? ! et %.

## Dates et nombres (src/i18n)

date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
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
vocab-Participation-observer-meaning = suit le travail de la coalition et reste informé, libre de s’engager davantage par la suite
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
check-steering-without-impacted = Le comité de coordination { $committee } ne compte aucun groupe directement touché, alors que des groupes directement touchés sont membres. Faites-leur une place : les personnes les plus concernées doivent peser fortement dans la coalition.
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
check-meaning-steering-without-impacted = des groupes directement touchés sont membres, mais pas au comité de coordination
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
check-meaning-private-in-shared = le fichier partagé nomme un groupe qui n’est pas public, ou contient des données internes, alors qu’un fichier privé existe
check-meaning-overlay-tracked = git suit le fichier privé en clair, que toute personne ayant le dépôt peut lire

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

agreements-own-tactics-no-denouncing = Chaque groupe garde ses propres tactiques ; aucun groupe n’a à se joindre à une action ni à l’appuyer s’il ne peut pas la soutenir, et aucun ne condamne publiquement celle d’un autre.
agreements-own-tactics = Chaque groupe garde ses propres tactiques ; aucun groupe n’a à se joindre à une action ni à l’appuyer s’il ne peut pas la soutenir.
agreements-traditional = Nous agissons ensemble en coalition traditionnelle, avec des tactiques décidées en commun.
agreements-shared-tactics = Nous agissons ensemble avec des tactiques décidées en commun par la coalition.
agreements-explained-own = Des tactiques différentes font un travail différent, et chacun·e n’est pas à l’aise avec les mêmes. Les groupes gardent leurs propres tactiques ; { $denouncing ->
        [yes] un groupe peut se tenir à l’écart de l’une d’elles sans la condamner.
       *[no] un groupe peut se tenir à l’écart de l’une d’elles.
    }
agreements-explained-shared = { $why ->
        [traditional-choice] La coalition a choisi des tactiques communes, le choix d’une coalition traditionnelle
        [traditional] Une coalition traditionnelle agit avec un seul ensemble de tactiques
       *[agreed] La coalition a choisi des tactiques communes
    } : les membres agissent ensemble, avec des tactiques que chacun accepte. Un membre qui trace une ligne rouge devant la tactique d’un autre, c’est un désaccord à régler ensemble.
agreements-shared-label = communes, décidées ensemble
agreements-no-denouncing = Nous pouvons être en désaccord, mais nous ne nous dénonçons pas publiquement : prendre part ne veut pas dire tout appuyer.
agreements-denouncing = Nous n’avons pas convenu de garder nos désaccords hors de la place publique ; nous essayons d’abord d’en parler entre nous.
agreements-informal = Nous travaillons ensemble sans bannière publique : aucun groupe n’a à dire publiquement qu’il en fait partie.
agreements-public = La coalition a un nom public ; chaque groupe choisit tout de même de l’appuyer publiquement ou non.
agreements-feedback = Nous demandons à chaque groupe membre, au moins tous les { $days } jours, comment la coalition fonctionne pour lui.

layout-field-label = { $key } :
layout-field = { $key } : { $value }
# L’en-tête de la colonne des noms, gardée entière quand un tableau est serré.
layout-name-column = nom

# end of core

## file: the file store, git (diff, merge driver, setup), init, remove, rename, boundaries (helper S)

# Le fichier : le trouver, le lire, l’analyser (src/store/find.rs, load.rs)
file-not-found = aucun { $name } ici ({ $folder }) ni dans un dossier parent
file-not-found-hint = lancez `coal init` pour en créer un, ou indiquez-le avec `--file PATH`
file-missing = { $path } n’existe pas
file-missing-hint = lancez `coal init` pour le créer, ou vérifiez `--file` / `COAL_FILE`
file-is-folder = { $path } est un dossier, pas un fichier de coalition
file-is-folder-hint = donnez le chemin du coalition.toml qui s’y trouve
file-not-utf8 = ce n’est pas du texte UTF-8 ; enregistrez le fichier en UTF-8 dans votre éditeur
file-conflict = conflit de fusion non résolu
file-conflict-hint = gardez la version voulue entre les lignes <<<<<<<, ======= et >>>>>>>, effacez les marqueurs, puis lancez `coal check`
file-not-toml = TOML non valide : { $reason }

file-not-a-table = `{ $path }` n’est pas une table dans le fichier
file-not-a-list-of-tables = `{ $path }` n’est pas une liste de tables dans le fichier
file-no-key-in = il n’y a pas de `{ $key }` dans `{ $path }`
file-cannot-hold-a-list = `{ $path }` ne peut pas contenir de liste

# La garde des modifications (src/store/mod.rs)
file-unreadable-for-editing = { $path } n’a pas pu être lu pour être modifié : { $reason }
file-unusable = { $path } est inutilisable : { $reason }
file-newer-hint = installez une version plus récente de coal pour travailler sur ce fichier
file-unusable-hint = un fichier de coalition commence par `schema = 1` et une table `[coalition]` ; `coal init` en écrit un
file-already-exists = { $path } existe déjà
file-already-exists-hint = utilisez `--force` pour le remplacer, ou `--file PATH` pour en créer un autre
file-edit-refused = cette modification rendrait le fichier de coalition invalide ; rien n’a été écrit :
file-boundary-lift-hint = placez les deux groupes à part (pas tous deux dans { $place }) ; si le groupe dit que sa ligne rouge ne tient plus, levez-la d’abord avec `{ $command }` ou modifiez-la dans `{ $path }`
file-boundary-change-hint = placez les deux groupes à part (pas tous deux dans { $place }) ; si le groupe dit que sa ligne rouge ne tient plus, modifiez-la ou retirez-la d’abord dans `{ $path }`
file-no-entry = il n’y a { $register ->
        [tactics] aucune tactique
        [spaces] aucun espace
        [committees] aucun comité
        [people] aucune personne
       *[groups] aucun groupe
    } `{ $id }`
file-other-kind-id = `{ $id }` est { $register ->
        [tactics] une tactique
        [spaces] un espace
        [committees] un comité
        [people] une personne
       *[groups] un groupe
    } : `coal show { $kind } { $id }`
file-other-kind-name = `{ $id }` est le nom { $register ->
        [tactics] de la tactique
        [spaces] de l’espace
        [committees] du comité
        [people] de la personne
       *[groups] du groupe
    } `{ $found }` : `coal show { $kind } { $found }`
file-shared-name = `{ $id }` est le nom { $register ->
        [tactics] des tactiques
        [spaces] des espaces
        [committees] des comités
        [people] des personnes
       *[groups] des groupes
    } { $ids } : donnez l’id de celui ou celle que vous voulez dire
file-ids-and = {" "}et{" "}
file-name-of = `{ $id }` est le nom { $register ->
        [tactics] de la tactique
        [spaces] de l’espace
        [committees] du comité
        [people] de la personne
       *[groups] du groupe
    } `{ $near }` : donnez son id, `{ $near }`
file-did-you-mean = vouliez-vous dire `{ $near }` ?
file-list-all = `coal list { $register }` les montre tous

# Le verrou et l’écriture (src/store/write.rs)
file-lock-wait-invalid = COAL_LOCK_TIMEOUT doit être un nombre de secondes, 0 ou plus ; reçu : { $value }
file-lock-wait-hint = indiquez combien de temps attendre un autre coal, par exemple 30, ou retirez la variable
file-lock-gave-up = un autre coal modifie { $path } depuis { $seconds } s ; abandon de l’attente
file-lock-stalled-hint = si aucun autre coal ne tourne, un processus bloqué tient { $lock } : arrêtez-le et réessayez
file-lock-waiting = en attente qu’un autre coal finisse de modifier { $path }…
file-lock-is-link = { $path } est un lien symbolique ; le verrou de coal doit être un fichier à part entière
file-lock-is-folder = { $path } est un dossier ; le verrou de coal doit être un fichier à part entière
file-lock-is-other = { $path } n’est pas un fichier ordinaire ; le verrou de coal doit être un fichier à part entière
file-lock-remove-link-hint = supprimez le lien (`rm { $path }`) et relancez la commande
file-lock-remove-hint = supprimez-le (`rm { $path }`) et relancez la commande
file-read-only = { $path } est en lecture seule
file-read-only-hint = rendez-le modifiable (`chmod u+w`) et relancez la commande
file-forbidden = impossible d’écrire { $path } : vous n’avez pas le droit d’y écrire
file-forbidden-hint = demandez l’accès en écriture à sa ou son propriétaire (pour un fichier partagé : un groupe dont vous êtes membres tous deux, et `chmod g+w`), ou écrivez un autre fichier

# Les références (src/store/refs.rs)
file-ref-key = { $path } (la clé)
file-ref-entry = { $path } (toute l’entrée { $entry })

# remove-KIND (src/commands/remove.rs)
remove-referenced = { $register ->
        [tactics] la tactique `{ $id }` est encore mentionnée
        [spaces] l’espace `{ $id }` est encore mentionné
        [committees] le comité `{ $id }` est encore mentionné
        [people] la personne `{ $id }` est encore mentionnée
       *[groups] le groupe `{ $id }` est encore mentionné
    } à { $count ->
        [one] { $count } endroit
       *[other] { $count } endroits
    } :
remove-force-hint = modifiez d’abord ces endroits, ou lancez `coal remove-{ $kind } { $id } --force` pour les retirer aussi
remove-done = { $register ->
        [tactics] tactique `{ $id }` retirée
        [spaces] espace `{ $id }` retiré
        [committees] comité `{ $id }` retiré
        [people] personne `{ $id }` retirée
       *[groups] groupe `{ $id }` retiré
    }
remove-done-reference = et sa mention dans { $place }
remove-committee-decided = le comité `{ $id }` a pris { $count ->
        [one] { $count } décision
       *[other] { $count } décisions
    } inscrites au journal ({ $decisions }) : le retirer, même avec --force, { $count ->
        [one] l’attribuerait
       *[other] les attribuerait
    } à l’assemblée
remove-committee-kept-hint = le journal garde qui a décidé ; il n’a plus aucun groupe et reste au registre comme trace du journal
remove-committee-unseat-hint = le journal garde qui a décidé ; pour le dissoudre, retirez-en ses groupes : `coal update-committee { $id } { $flags }`

# rename-KIND (src/commands/rename.rs)
rename-taken = il y a déjà { $register ->
        [tactics] une tactique
        [spaces] un espace
        [committees] un comité
        [people] une personne
       *[groups] un groupe
    } `{ $new }`
rename-taken-hint = choisissez un autre id, ou retirez d’abord celui-là
rename-dangling = le fichier mentionne déjà { $register ->
        [tactics] une tactique
        [spaces] un espace
        [committees] un comité
        [people] une personne
       *[groups] un groupe
    } `{ $new }` qui n’existe pas (à { $places }) ; renommer `{ $old }` en `{ $new }` changerait ce que disent ces mentions
rename-dangling-hint = choisissez un autre id, ou corrigez d’abord ces mentions (`coal check` les liste)
rename-done = { $register ->
        [tactics] tactique `{ $old }` renommée
        [spaces] espace `{ $old }` renommé
        [committees] comité `{ $old }` renommé
        [people] personne `{ $old }` renommée
       *[groups] groupe `{ $old }` renommé
    } en `{ $new }` ({ $count ->
        [one] { $count } mention mise à jour
       *[other] { $count } mentions mises à jour
    })

# fmt (src/commands/fmt.rs)
fmt-formatted = { $path } est bien mis en forme
fmt-not-formatted = { $path } n’est pas mis en forme ; `coal fmt` s’en charge
fmt-done = { $path } mis en forme

# diff (src/commands/diff.rs, src/git/diff.rs)
diff-bad-revision = `--since { $rev }` n’est pas une révision : une révision ne commence pas par `-`
diff-bad-revision-hint = donnez une branche, une étiquette ou un commit, par exemple `--since main`
diff-unreadable-revision = impossible de lire { $name } à `{ $rev }` : { $reason }
diff-unreadable-revision-hint = le dossier est-il un dépôt git, et le fichier existait-il à cette révision ?
diff-none = (aucune valeur)
diff-no-changes = aucun changement
diff-no-changes-markdown = Aucun changement dans la coalition.
diff-markdown-title = **Changements dans la coalition :** { $summary }.
diff-markdown-added = ajout { $register ->
        [groups] aux groupes
        [tactics] aux tactiques
        [spaces] aux espaces
        [committees] aux comités
        [people] aux personnes
        [assemblies] aux assemblées
        [decisions] aux décisions
        [feedback] aux retours
       *[other] à { $register }
    } : { $entry }
diff-markdown-removed = retrait { $register ->
        [groups] des groupes
        [tactics] des tactiques
        [spaces] des espaces
        [committees] des comités
        [people] des personnes
        [assemblies] des assemblées
        [decisions] des décisions
        [feedback] des retours
       *[other] de { $register }
    } : { $entry }
diff-groups-added = { $count ->
        [one] { $count } groupe ajouté
       *[other] { $count } groupes ajoutés
    }
diff-groups-joined = { $count ->
        [one] { $count } groupe a rejoint la coalition
       *[other] { $count } groupes ont rejoint la coalition
    } ({ $names })
diff-groups-moved = { $count ->
        [one] { $count } groupe passé
       *[other] { $count } groupes passés
    } de « { $from } » à « { $to } »
diff-groups-declined = { $count ->
        [one] { $count } groupe a décliné
       *[other] { $count } groupes ont décliné
    } ({ $names })
diff-groups-left = { $count ->
        [one] { $count } groupe est parti
       *[other] { $count } groupes sont partis
    } ({ $names })
diff-groups-removed = { $count ->
        [one] { $count } groupe retiré
       *[other] { $count } groupes retirés
    }
diff-entries-added = { $count } { $register ->
        [tactics] { $count ->
            [one] tactique ajoutée
           *[other] tactiques ajoutées
        }
        [spaces] { $count ->
            [one] espace ajouté
           *[other] espaces ajoutés
        }
        [committees] { $count ->
            [one] comité ajouté
           *[other] comités ajoutés
        }
       *[people] { $count ->
            [one] personne ajoutée
           *[other] personnes ajoutées
        }
    }
diff-entries-removed = { $count } { $register ->
        [tactics] { $count ->
            [one] tactique retirée
           *[other] tactiques retirées
        }
        [spaces] { $count ->
            [one] espace retiré
           *[other] espaces retirés
        }
        [committees] { $count ->
            [one] comité retiré
           *[other] comités retirés
        }
       *[people] { $count ->
            [one] personne retirée
           *[other] personnes retirées
        }
    }
diff-step-done = étape { $number } ({ $step }) terminée
diff-step-under-way = étape { $number } ({ $step }) en cours
diff-logged = { $count } { $log ->
        [assemblies] { $count ->
            [one] assemblée inscrite
           *[other] assemblées inscrites
        }
        [decisions] { $count ->
            [one] décision inscrite
           *[other] décisions inscrites
        }
       *[feedback] { $count ->
            [one] retour inscrit
           *[other] retours inscrits
        }
    } au journal
diff-fields-changed = { $count ->
        [one] { $count } champ modifié
       *[other] { $count } champs modifiés
    }

# git et son pilote de fusion (src/git/mod.rs, src/commands/merge_driver.rs)
git-cannot-run = impossible de lancer git : { $reason }
git-cannot-run-hint = installez git, ou ajoutez-le au PATH
git-failed = `git { $args }` a échoué : { $reason }
merge-side-not-utf8 = coal : { $side } n’est pas du texte UTF-8 ; fusion de { $name } ligne par ligne avec git merge-file
merge-side-not-toml = coal : { $side } n’est pas du TOML valide ; fusion de { $name } ligne par ligne avec git merge-file
merge-side-not-coalition = coal : { $side } n’est pas un fichier de coalition au schéma 1 ; fusion de { $name } ligne par ligne avec git merge-file
merge-unplaced = coal : ours n’a pas de place pour `{ $path }` tel que theirs l’écrit ; fusion de { $name } ligne par ligne avec git merge-file
merge-conflict-at = conflit : { $path }
merge-conflicts = coal : { $count ->
        [one] { $count } conflit
       *[other] { $count } conflits
    } dans { $name } ; résolvez les blocs marqués, puis lancez `coal check`
merge-line-merged-unusable = coal : le fichier fusionné ligne par ligne n’est pas une coalition au schéma 1 ; corrigez-le, puis lancez `coal check`
merge-file-cannot-run = impossible de lancer git merge-file : { $reason }
merge-file-failed = git merge-file a échoué sur { $path }

# git-setup (src/commands/git_setup.rs)
git-setup-no-folder = impossible de lire le dossier courant : { $reason }
git-setup-not-a-repository = ce dossier n’est pas dans un dépôt git
git-setup-not-a-repository-hint = lancez d’abord `git init`, ou lancez `coal git-setup` dans le dépôt qui garde la coalition
git-setup-added = `{ $line }` ajouté à { $path }
git-setup-set = { $key } réglé
git-setup-already = le pilote de fusion de coal est déjà en place ici
git-setup-commit = versionnez { $attributes } et { $ignore } pour que tout le monde s’en serve ; chaque clone lance `coal git-setup` une fois pour le pilote
git-setup-link = { $path } est un lien symbolique ; coal n’écrit pas à travers
git-setup-link-hint = remplacez le lien par un fichier du dépôt, ou ajoutez-y vous-même la ligne `{ $line }`
git-setup-not-utf8 = { $path } n’est pas du texte UTF-8 ; coal le laisse tel quel
git-setup-add-yourself-hint = ajoutez-y vous-même la ligne `{ $line }`
git-setup-unreadable-hint = rendez-le lisible et relancez `coal git-setup`, ou ajoutez-y vous-même la ligne `{ $line }`

# init (src/commands/init.rs)
init-name-prompt = Nom de la coalition
init-unity-prompt = Déclaration d’unité : pourquoi les groupes se rassemblent-ils malgré leurs désaccords ?
init-would-create = créerait { $path } (essai : rien n’a été écrit)
init-created = { $path } créé pour { $name }
init-next = ensuite : ajoutez les groupes que vous contacterez en premier, par exemple `coal add-group "Solidarité migrante" --impacted`

# add-boundary, remove-boundary (src/commands/add_boundary.rs, remove_boundary.rs)
boundary-holder-prompt = Quel groupe tient cette ligne rouge ?
boundary-against-one = une ligne rouge vise un seul groupe ou une seule tactique
boundary-against-one-hint = donnez `--against-group ID` ou `--against-tactic ID`
boundary-against-itself = le groupe `{ $group }` ne peut pas tenir une ligne rouge envers lui-même
boundary-already-held = le groupe `{ $group }` tient déjà une ligne rouge envers { $key ->
        [tactic] la tactique
       *[group] le groupe
    } `{ $against }`
boundary-already-held-hint = pour en changer le niveau ou la raison, modifiez-la dans le fichier, ou levez-la avec `coal remove-boundary { $group } --against-{ $key } { $against }` puis ajoutez-la de nouveau
boundary-added = le groupe `{ $group }` tient désormais une ligne rouge (« { $level } ») envers { $key ->
        [tactic] la tactique
       *[group] le groupe
    } `{ $against }`
boundary-nothing-left = il ne reste au groupe `{ $holder }` aucun groupe ni aucune tactique envers qui tenir une ligne rouge
boundary-nothing-left-hint = ajoutez-en avec `coal add-group NAME` ou `coal add-tactic NAME`
boundary-kind-prompt = La ligne rouge vise-t-elle un groupe ou une tactique ?
boundary-kind-group = un groupe
boundary-kind-tactic = une tactique
boundary-group-prompt = Envers quel groupe ?
boundary-tactic-prompt = Envers quelle tactique ?
boundary-group-refuse = aucun espace, comité ou projet partagé
boundary-group-limited = un espace partagé, mais aucun comité ni projet
boundary-tactic-refuse = n’y prendra pas part
boundary-tactic-limited = n’y prend part que de certaines façons
boundary-level-prompt = Quelle est la fermeté de cette ligne rouge ?
boundary-reason-prompt = Pourquoi le groupe tient-il cette ligne rouge ?
boundary-not-held = le groupe `{ $group }` ne tient aucune ligne rouge envers { $key ->
        [tactic] la tactique
       *[group] le groupe
    } `{ $against }`
boundary-holds-none-hint = il n’en tient aucune
boundary-holds-others-hint = il en tient une envers { $boundaries }
boundary-against = { $key ->
        [tactic] la tactique
       *[group] le groupe
    } `{ $against }`
boundary-lifted = le groupe `{ $group }` ne tient plus de ligne rouge envers { $key ->
        [tactic] la tactique
       *[group] le groupe
    } `{ $against }`
boundary-none-to-lift = aucun groupe ne tient de ligne rouge à lever
boundary-none-to-lift-hint = `coal add-boundary GROUP` en inscrit une
boundary-lifter-prompt = Quel groupe lève une ligne rouge ?
boundary-group-none-to-lift = le groupe `{ $group }` ne tient aucune ligne rouge à lever
boundary-group-none-to-lift-hint = `coal report boundaries` montre toutes les lignes rouges
boundary-lift-prompt = Quelle ligne rouge le groupe lève-t-il ?

# end of file

## edit: commands that add, change and log (helper B1)

# src/commands/mod.rs : ce que dit chaque modification
edit-folder-unreadable = impossible de lire le dossier courant : { $error }
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

list-kinds-intro = coal list KIND, où KIND est l’un de ceux-ci :
list-kinds-example = Par exemple : coal list groups
list-kind-groups = Les groupes, avec leur statut, leur participation et leurs notes
list-kind-tactics = Les tactiques, avec leur intensité et le nombre de groupes qui les emploient
list-kind-spaces = Les espaces de communication et les groupes qui s’y trouvent
list-kind-committees = Les comités et groupes de travail, et qui y siège
list-kind-people = Les personnes, et les groupes dont elles font partie
list-kind-assemblies = Les assemblées générales, celle de l’étape 3 d’abord
list-kind-decisions = Les décisions, numérotées dans l’ordre où elles ont été prises
list-kind-feedback = Les retours entendus des groupes membres
list-yes = oui
list-heading-id = id
list-heading-name = nom
list-heading-status = statut
list-heading-participation = participation
list-heading-impacted = directement touché
list-heading-public = public
list-heading-power = pouvoir
list-heading-interest = intérêt
list-heading-intensity = intensité
list-heading-used-by = employée par
list-heading-medium = moyen
list-heading-groups = groupes
list-heading-steering = coordination
list-heading-date = date
list-heading-time = heure
list-heading-place = lieu
list-heading-invited = invités
list-heading-answered = réponses
list-heading-attended = présents
list-heading-agenda = ordre du jour
list-heading-number = n°
list-heading-summary = résumé
list-heading-by = par
list-heading-rule = règle
list-heading-review-on = à revoir le
list-heading-reviewed = revue le
list-heading-group = groupe
list-heading-text = texte
list-assembly-first = (étape 3)
list-decision-by-assembly = assemblée du { $date }
list-decision-by-committee = comité { $committee }
list-hours-from = dès { $start }
list-hours-until = jusqu’à { $end }
show-nothing-refers = { $register ->
        [groups] rien d’autre ne renvoie à ce groupe
        [tactics] rien d’autre ne renvoie à cette tactique
        [spaces] rien d’autre ne renvoie à cet espace
        [committees] rien d’autre ne renvoie à ce comité
       *[people] rien d’autre ne renvoie à cette personne
    }
show-referred-to-by = ce qui y renvoie :
steps-title = { $coalition } : les quatre premières étapes
steps-since = depuis le { $start }
steps-finished = terminée le { $end }
steps-next = Ensuite :
import-unmapped = laissées de côté, aucun champ ne porte leur nom : { $columns } (pour en lire une : `--map "{ $first }=CHAMP"`)
import-too-many-to-compare = note : avec { $rows } lignes et { $entries } entrées dans le fichier, les noms proches les uns des autres n’ont pas été cherchés
import-rejects-unwritable = --rejects { $file } : les lignes refusées n’ont pas pu être écrites ({ $problem }) ; rien n’a été importé
import-rejects-unwritable-hint = donnez à --rejects un fichier dans un dossier qui existe et où vous pouvez écrire
import-progress-rows = lignes
import-progress-planned = prévues
import-progress-writing = écriture
import-heading-row = ligne
import-heading-action = action
import-heading-id = id
import-heading-details = détails
import-action = { $action ->
        [create] créer
        [update] mettre à jour
        [skip] ignorer
       *[error] erreur
    }
import-summary = { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    } : { $parts }
import-summary-nothing = { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    } : rien à faire
import-summary-created = { $count ->
        [one] { $count } créée
       *[other] { $count } créées
    }
import-summary-updated = { $count ->
        [one] { $count } mise à jour
       *[other] { $count } mises à jour
    }
import-summary-skipped = { $count ->
        [one] { $count } ignorée
       *[other] { $count } ignorées
    }
import-summary-to-create = { $count } à créer
import-summary-to-update = { $count } à mettre à jour
import-summary-to-skip = { $count } à ignorer
import-summary-rejected = { $count ->
        [one] { $count } refusée
       *[other] { $count } refusées
    }
import-summary-dry-run = (essai : rien n’est écrit ; --apply l’écrit)
report-map-internal = la carte est réservée aux organisateur·rices de la coalition : elle montre tous les groupes, publics ou non
report-map-internal-hint = pour présenter la coalition à l’extérieur, faites le document à distribuer : `coal report handout --format html -o handout.html`
report-internal = le rapport { $kind } est réservé aux organisateur·rices de la coalition
report-internal-hint = rapports qui peuvent sortir de la coalition (--audience public) : { $reports }
report-over-the-coalition = `-o { $file }` remplacerait le fichier de la coalition par un rapport
report-over-the-coalition-hint = écrivez le rapport dans un autre fichier, par exemple report.md
report-assembly-handout = `--assembly` choisit l’assemblée de l’invitation ; le document à distribuer montre la prochaine assemblée
report-assembly-handout-hint = pour une autre assemblée, faites son invitation : `coal report invitation --assembly DATE`
report-assembly-none = `--assembly` choisit l’assemblée de l’invitation ; le rapport { $kind } n’en a pas
report-would-write = écrirait le rapport { $kind } dans { $file } ({ $bytes } octets) (essai : rien n’est écrit)
report-wrote = rapport { $kind } écrit dans { $file }
report-public-needs-a-sound-file = { $what ->
        [export] un export public ne se fait qu’à partir d’un fichier sans erreur, et { $file } a { $errors ->
            [one] une erreur
           *[other] { $errors } erreurs, la première
        } à { $place } : { $key } : { $problem }
       *[report] un rapport public ne se fait qu’à partir d’un fichier sans erreur, et { $file } a { $errors ->
            [one] une erreur
           *[other] { $errors } erreurs, la première
        } à { $place } : { $key } : { $problem }
    }
report-public-needs-a-sound-file-hint = corrigez d’abord le fichier : `coal check` montre chaque erreur et ce qu’il faut faire
report-public-needs-a-sound-file-hint-internal = corrigez d’abord le fichier : `coal check` montre chaque erreur et ce qu’il faut faire ({ $what ->
        [export] l’export interne
       *[report] le rapport interne
    }, sans `--audience public`, fonctionne toujours)
report-format-not-offered = le rapport { $kind } n’existe pas en { $format } ; il existe en { $formats }
report-format-not-offered-named = le rapport { $kind } n’existe pas en { $format } (comme le dit `-o { $file }`) ; il existe en { $formats }
report-svg-hint = chaque graphique existe seul en SVG : `coal report { $charts } --format svg`
report-format-named-hint = nommez le fichier d’après son format, par exemple `-o { $kind }.{ $extension }`, ou donnez `--format`
report-invitation-no-assembly = l’invitation a besoin de la date de l’assemblée
report-invitation-no-assembly-hint = fixez-la avec `coal step assembly --date AAAA-MM-JJ --place LIEU`, ou `coal add-assembly DATE` pour une assemblée plus tardive
report-no-assembly-on = il n’y a pas d’assemblée le { $date }
report-assemblies = assemblées : { $dates }
report-no-assembly-to-come = aucune assemblée n’est à venir : la dernière a eu lieu le { $latest } (nous sommes le { $today })
report-no-assembly-to-come-hint = ajoutez la suivante avec `coal add-assembly DATE`, ou donnez `--assembly DATE` pour l’invitation à une assemblée déjà tenue
export-over-the-coalition = `-o { $file }` remplacerait le fichier de la coalition par un export
export-over-the-coalition-hint = écrivez l’export dans un autre fichier, par exemple coalition.{ $extension }
export-would-write = écrirait l’export { $format } dans { $file } ({ $bytes } octets) (essai : rien n’est écrit)
export-wrote = export { $format } écrit dans { $file } ({ $nodes ->
        [one] { $nodes } nœud
       *[other] { $nodes } nœuds
    }, { $edges ->
        [one] { $edges } lien
       *[other] { $edges } liens
    })
help-no-command = il n’y a pas de commande `{ $name }`
help-did-you-mean = vouliez-vous dire `coal help { $near }` ?
help-no-command-hint = `coal help` liste les commandes ; `coal help glossary` les mots

show-yes-no = { $value ->
        [true] oui
       *[false] non
    }
show-field = { $field ->
        [name] nom
        [status] statut
        [impacted] touché
        [power] pouvoir
        [interest] intérêt
        [unpredictability] imprévisibilité
        [members] membres
        [spectrum] spectre
        [spectrum_target] spectre visé
        [roles] rôles
        [tactics] tactiques
        [offers] offre
        [needs] besoins
        [contacted] contacté le
        [joined] membre depuis le
        [left] parti le
        [contact] contact
        [email] courriel
        [phone] téléphone
        [boundaries] limites
        [group] groupe
        [tactic] tactique
        [level] niveau
        [reason] raison
        [intensity] intensité
        [medium] moyen
        [groups] groupes
        [purpose] but
        [steering] coordination
        [mandate] mandat
       *[other] { $field }
    }
list-none-yet = rien pour l’instant

input-score-range = doit être entre 1 et 5, pas { $number }
input-score-not-a-number = doit être un nombre entier de 1 à 5, pas `{ $text }`
input-count-too-large = est trop grand : au plus { $max }, pas `{ $text }`
input-count-not-a-number = doit être un nombre entier, 0 ou plus, pas `{ $text }`
input-resource-form = écrivez TYPE=DÉTAIL, par exemple `money="location d’autobus"` ; types : { $types }
input-resource-blank-detail = le détail après `{ $kind }=` { $problem } : dites ce qui est offert ou demandé
input-yes-no = doit être yes ou no (oui ou non), pas `{ $text }`
input-days-range = doit être un nombre entier de jours de { $min } à { $max }, pas `{ $text }`
input-date-form = doit être une date écrite comme { $example }, pas `{ $text }`
input-date-after-today = { $date } est après aujourd’hui ({ $today })
input-time-form = doit être une heure écrite comme 18:30, pas `{ $text }`
cli-language-unknown = coal parle { $first } et { $last }

diff-register-entry = { $register ->
        [groups] groupes
        [tactics] tactiques
        [spaces] espaces
        [committees] comités
        [people] personnes
        [assemblies] assemblées
        [decisions] décisions
        [feedback] retours
       *[other] { $register }
    } : { $entry }
diff-changed = { $path } : { $old } → { $new }

list-decision-by-the-assembly = assemblée

# end of read

## walk: steps, the step walkthroughs, prompts (helper C)

# Les quatre étapes (src/steps)
walk-title-contact = Premier contact avec des groupes d’affinité
walk-title-draft = Co-créer une première ébauche de vision, de culture et de structure
walk-title-assembly = Inviter largement à une assemblée
walk-title-presentation = Présenter l’ébauche, répondre aux questions, élargir la coalition
walk-not-a-step = `{ $text }` n’est pas une étape ; les étapes sont { $steps }
walk-guidance-contact =
    Commencez petit. Contactez d’abord les groupes en qui vous avez déjà
    confiance et qui apportent le bon mélange de pouvoir (nombre, argent,
    portée, diversité des personnes qu’ils représentent), d’intérêt pour la
    cause, et parfois une imprévisibilité utile. Une poignée de groupes
    d’accord sur ce qu’ils veulent va plus loin qu’une foule qui s’entend
    seulement sur ce qu’elle rejette. Et assurez-vous que les personnes les
    plus touchées sont là dès le départ : rien sur nous sans nous.
walk-guidance-draft =
    Avec les groupes en dialogue, écrivez ensemble une première ébauche : une
    vision (où nous allons), une culture (comment nous nous traitons : écoute,
    pas de dénonciation publique, respect des tactiques de chaque groupe) et une
    structure minimale (un groupe de travail ou de coordination, des espaces
    pour se parler). Faites court : c’est une ébauche que l’assemblée
    changera. Les groupes directement touchés tiennent la plume eux aussi.
walk-guidance-assembly =
    Ouvrez maintenant la porte plus grand : invitez des groupes à une
    assemblée où l’ébauche sera présentée. Choisissez une date et un lieu que
    les groupes aux ressources les plus modestes peuvent rejoindre, et invitez
    largement : chaque groupe participe au niveau qu’il peut, et aucun n’a à
    appuyer publiquement la coalition.
walk-guidance-presentation =
    À l’assemblée, présentez l’ébauche, répondez aux questions posées et
    accueillez les groupes qui veulent se joindre à la coalition. Notez les
    questions et les réponses : ce sont les premiers retours que reçoit la
    coalition, et l’ébauche grandira à partir d’eux.
walk-summary-contact = { $contacted ->
        [one] { $contacted } contacté
       *[other] { $contacted } contactés
    }, { $dialogue } en dialogue, { $members ->
        [one] { $members } membre
       *[other] { $members } membres
    }, { $declined } refus ; { $prospects ->
        [one] { $prospects } piste restante
       *[other] { $prospects } pistes restantes
    }
walk-part-written = écrite
walk-part-not-yet = pas encore
walk-summary-draft = vision { $vision }, culture { $culture }, structure { $structure } ; co-écriture : { $co_authors }
walk-not-set = à fixer
walk-summary-assembly = date : { $date } ; lieu : { $place } ; { $invited ->
        [one] { $invited } groupe invité
       *[other] { $invited } groupes invités
    }
walk-summary-presentation = { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } (dont { $answered } avec réponse) ; adhésions : { $joined }
walk-need-talking = un groupe en dialogue ou membre
walk-need-vision = une vision
walk-need-culture = une culture
walk-need-structure = une structure
walk-need-co-author = un groupe co-auteur
walk-need-date = une date
walk-need-place = un lieu
walk-need-invited = un groupe invité
walk-need-feedback = une question ou un groupe qui a rejoint la coalition
walk-need-talking-flag = un groupe en dialogue ou membre (`--dialogue ID`)
walk-need-vision-flag = une vision (`--vision`)
walk-need-culture-flag = une culture (`--culture`)
walk-need-structure-flag = une structure (`--structure`)
walk-need-co-author-flag = un groupe co-auteur (`--co-author ID`)
walk-need-date-flag = une date (`--date`)
walk-need-place-flag = un lieu (`--place`)
walk-need-invited-flag = un groupe invité (`--invite ID`)
walk-need-feedback-flag = une question (`--question`) ou un groupe qui a rejoint la coalition (`--joined ID`)
walk-and = { $rest } et { $last }
walk-none-yet = aucun groupe pour l’instant
walk-question-open = question { $number } (ouverte) : { $text }
walk-question-answered = question { $number } (répondue) : { $text }
walk-unready-missing = il lui manque encore { $needs }
walk-unready-before-assembly = son assemblée a lieu le { $date }, et elle peut être terminée ce jour-là ou plus tard
walk-unready-undated = l’assemblée où elle a lieu n’a pas encore de date (étape 3)
walk-next-start = Commencer l’étape { $number } : { $title }
walk-next-done = L’étape { $number } ({ $title }) a ce qu’il lui faut : marquez-la comme faite
walk-next-no-prospect = L’étape { $number } ({ $title }) n’a plus de piste à contacter (les opposants ne sont jamais proposés) : ajoutez les groupes à contacter
walk-next-needs = Il manque encore à l’étape { $number } ({ $title }) { $needs }
walk-next-at-assembly = L’étape { $number } ({ $title }) se termine à l’assemblée du { $date } ou plus tard : d’ici là, notez les questions et les groupes qui ont rejoint la coalition
walk-next-undated = L’étape { $number } ({ $title }) attend la date de son assemblée (étape 3)
walk-next-command-feedback = coal log-feedback GROUP TEXT (les quatre étapes sont faites : continuez d’écouter chaque groupe membre)
walk-next-review = Revoir la décision « { $summary } » : sa révision était prévue le { $date }
walk-next-answer = Répondre à la question { $number } : « { $text } »
walk-next-feedback = Les quatre étapes sont faites : continuez d’écouter chaque groupe membre
walk-fact-impacted = directement touché
walk-fact-not-placed = pas encore placé
walk-fact-power = pouvoir { $score }
walk-fact-interest = intérêt { $score }
walk-fact-unpredictability = imprévisibilité { $score }

# Les étapes pas à pas (src/commands/step)
walk-again-needs = Il manque encore à l’étape { $number } { $needs }.
walk-again-how = Donnez-le maintenant, ou laissez vide : ce que vous avez donné est enregistré, l’étape reste ouverte.
walk-ask-finished = Cette étape est-elle terminée ?
walk-not-done = l’étape { $number } n’est pas encore faite : { $why }
walk-group-label = { $name } ({ $id }) : { $facts }
walk-outcome-contacted = contacté, pas encore de réponse
walk-outcome-dialogue = en dialogue
walk-outcome-declined = a décliné
walk-ask-outcome = { $name } : où en sont les choses ?
walk-ask-whom = Qui allez-vous contacter ? (groupes directement touchés et alliés d’abord, puis par intérêt et pouvoir)
walk-ask-news = Des nouvelles des groupes déjà contactés ?
walk-ask-talking = Lesquels de ces groupes sont maintenant en dialogue avec vous ?
walk-note-no-prospects = Il n’y a pas encore de pistes : ajoutez les groupes auxquels vous pensez avec `coal add-group NAME`.
walk-note-too-many = avertissement : { $count } groupes sont en jeu. Moins, c’est mieux : un petit premier cercle s’accorde sur ce qu’il veut, pas seulement sur ce qu’il rejette.
walk-note-no-impacted = avertissement : aucun groupe directement touché n’en fait partie. Rien sur nous sans nous : contactez-en un maintenant.
walk-ask-vision = Vision : où allons-nous ensemble ?
walk-ask-culture = Culture : comment agissons-nous entre nous ?
walk-ask-structure = Structure : le minimum pour tenir ensemble
walk-ask-co-authors = Qui écrit l’ébauche avec vous ?
walk-note-no-co-author = Aucun groupe n’est encore en dialogue : les groupes co-auteurs viennent de l’étape 1 (`coal step contact`).
walk-note-impacted-pen = rappel : aucun groupe directement touché n’écrit l’ébauche. Invitez-en un à tenir la plume : rien sur nous sans nous.
walk-ask-date = Date de l’assemblée, par exemple { $today }
walk-ask-place = Lieu : un endroit que les groupes aux ressources les plus modestes peuvent rejoindre
walk-ask-invite = Qui invitez-vous ?
walk-nobody-in-particular = personne en particulier
walk-ask-question = Une question posée (Entrée quand il n’y en a plus)
walk-ask-answer-given = La réponse donnée
walk-ask-asked-by = Posée par
walk-question-exists = la question { $number } pose déjà cela : répondez-y plus haut, ou lancez `coal step presentation --answer-question { $number }`
walk-question-just-recorded = vous venez de l’enregistrer
walk-ask-joined = Quels groupes ont rejoint la coalition ?
walk-ask-answered = À quelles questions ouvertes avez-vous répondu ?
walk-ask-answer-to = La réponse à : { $question }
walk-questions-hint = `coal steps` montre les questions avec leurs numéros
walk-intro = Étape { $number } : { $title }
walk-nothing-to-record = rien à enregistrer pour l’étape { $step }
walk-nothing-to-record-hint = dans un terminal, `coal step { $step }` vous guide pas à pas ; dans un script, donnez ses options (`coal step --help`), `--start` ou `--done`
walk-saved = enregistré ; { $why }
walk-recorded-as = enregistrée comme question { $number }
walk-still-open = note : encore ouvertes, à répondre avec `coal step presentation --answer-question N --answer TEXT` :
walk-warn-in-play = avertissement : { $count } groupes sont en jeu ; moins, c’est mieux tant que le premier cercle se forme
walk-step-status = étape { $number } ({ $step }) : { $status }
walk-next-line = Ensuite : { $command }
walk-whom-none = plus aucune piste à contacter (les opposants ne sont jamais proposés) : ajoutez des groupes avec `coal add-group NAME`
walk-whom = qui contacter, groupes directement touchés et alliés d’abord, puis par intérêt et pouvoir :
walk-ask-answer-number = La réponse donnée à la question { $number }
walk-ask-answer-number-text = La réponse donnée à la question { $number } : { $text }
walk-no-open-question = aucune question n’est ouverte : chacune a sa réponse
walk-no-open-question-hint = enregistrez une nouvelle question avec sa réponse : `--question TEXT --answer TEXT`
walk-ask-which-question = À quelle question répond-elle ?
walk-flag-of-other-step = `{ $flag }` appartient à l’étape { $number } ({ $step }), pas à l’étape { $asked_number } ({ $asked_step })
walk-question-already-asks = la question { $number } pose déjà « { $text } »
walk-question-already-asks-hint = pour enregistrer sa réponse : `coal step presentation --answer-question { $number } --answer TEXT`
walk-question-twice = « { $text } » est posée deux fois
walk-refuse-before-assembly = l’étape 4 (presentation) ne peut pas être faite avant l’assemblée du { $date } (nous sommes le { $today })
walk-refuse-before-assembly-hint = l’ébauche est présentée à l’assemblée : marquez l’étape faite ce jour-là ou plus tard ; d’ici là, notez les questions et les groupes qui ont rejoint la coalition
walk-refuse-undated = l’étape 4 (presentation) ne peut pas être faite tant que l’assemblée où elle a lieu n’a pas de date
walk-refuse-undated-hint = notez d’abord la date de l’assemblée : `coal step assembly --date YYYY-MM-DD` (une date passée enregistre une assemblée déjà tenue)
walk-refuse-missing = l’étape { $number } ({ $step }) ne peut pas encore être faite : il lui manque encore { $needs }
walk-refuse-missing-hint = ajoutez-les avec `coal step { $step }` et ses options, ou laissez-vous guider dans un terminal

# Les questions posées (src/prompt)
walk-prompt-opening-editor = (ouverture de votre éditeur ; enregistrez et fermez-le pour continuer)
walk-prompt-keys-tick = barre d’espace pour cocher, Entrée pour valider, Échap pour quitter
walk-prompt-keys-choose = flèches pour se déplacer, Entrée pour choisir, Échap pour quitter
walk-prompt-yes-no-default-yes = { $question } [O/n]
walk-prompt-yes-no-default-no = { $question } [o/N]
walk-prompt-stopped = arrêté ; rien n’a été écrit
walk-prompt-terminal-failed = le terminal a échoué pendant une question ({ $error }) ; rien n’a été écrit
walk-prompt-with-hint = { $prompt } ({ $hint })
walk-prompt-skipped = passé
walk-prompt-yes = oui
walk-prompt-no = non
walk-prompt-enter-to-skip = Entrée pour passer
walk-prompt-needed = cette réponse est nécessaire
walk-prompt-enter-keeps = Entrée garde { $kept }
walk-prompt-enter-to-keep = Entrée pour garder
walk-prompt-none = aucun
walk-prompt-not-yes-or-no = `{ $answer }` n’est ni oui ni non (o/n)
walk-prompt-missing = il manque { $flag } ({ $prompt })
walk-prompt-missing-hint = donnez-le sous la forme `{ $way }` ; coal ne pose pas de questions avec --no-input, en CI ou sans terminal

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
report-groups-impacted = directement touché
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
invitation-title = Vous êtes invité·es à l’assemblée de { $coalition }
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
doc-map-quadrant-manage = impliquer de près
doc-map-quadrant-satisfy = garder satisfaits
doc-map-quadrant-inform = tenir informés
doc-map-quadrant-monitor = surveiller
doc-map-not-rated = pas encore noté
doc-map-column-group = groupe
doc-map-column-power = pouvoir
doc-map-column-interest = intérêt
doc-map-column-spectrum = spectre
doc-map-column-impacted = directement touché
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
doc-svg-power-satisfy = Garder satisfaits
doc-svg-power-manage = Impliquer de près
doc-svg-power-monitor = Surveiller
doc-svg-power-inform = Tenir informés
doc-svg-power-axis-interest = intérêt →
doc-svg-power-axis-power = pouvoir →
doc-svg-power-not-rated = non noté
doc-svg-power-details = { $group } : pouvoir { $power }, intérêt { $interest }, { $position }
doc-svg-power-details-impacted = { $group } : pouvoir { $power }, intérêt { $interest }, { $position }, directement touché
doc-svg-power-opponents = Adversaires et cibles (en opposition ou sous surveillance) : hors quadrant
doc-svg-power-no-opponents = Aucun groupe n’est en opposition ni sous surveillance.
doc-svg-spectrum-none = Aucun groupe n’est encore placé sur le spectre : rien à dessiner.
doc-svg-spectrum-how = Placez les groupes : coal update-group ID --spectrum POSITION
doc-svg-spectrum-arrow = de la position d’un groupe à celle où on veut l’amener (anneau en pointillé)
doc-svg-network-none = Aucun groupe pour l’instant : rien à relier.
doc-svg-network-full = { $group } ({ $position })
doc-svg-network-full-impacted = { $group } ({ $position }, directement touché)
doc-svg-network-committee = liés par un comité
doc-svg-network-person = par une personne dans les deux
doc-svg-network-space = par un espace
doc-svg-network-several = par plusieurs choses
doc-svg-network-impacted = directement touché
doc-svg-network-hub = partagé par beaucoup de groupes
doc-svg-flows-signs = Signes :
doc-svg-flows-lines = Lignes :
doc-svg-timeline-today = aujourd’hui { $date }
doc-svg-timeline-today-title = aujourd’hui, { $date }
doc-svg-timeline-step = { $number }. { $title } : { $status }
doc-svg-timeline-step-from = { $number }. { $title } : { $status }, depuis le { $started }
doc-svg-timeline-step-to = { $number }. { $title } : { $status }, jusqu’au { $finished }
doc-svg-timeline-step-from-to = { $number }. { $title } : { $status }, du { $started } au { $finished }

doc-svg-power-opponent-label = { $group } · pouvoir { $power }
doc-svg-flows-offers = offres
doc-svg-flows-needs = besoins
doc-svg-timeline-legend-done = terminé
doc-svg-timeline-legend-in-progress = en cours (jusqu’à aujourd’hui)
doc-svg-timeline-legend-assembly = assemblée
doc-svg-timeline-legend-today = aujourd’hui
doc-svg-spectrum-title-aimed = { $group } : position { $at }, à amener vers { $aim }
doc-svg-spectrum-title-stays = { $group } : position { $at }, aucun déplacement visé
doc-svg-network-hub-title = { $kind ->
    [committee] comité
    [person] personne
   *[space] espace
} { $name } ({ $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
})
time = { $hh ->
       *[other] { $minute ->
            [0] { $hour } h
           *[other] { $hour } h { $mm }
        }
    }
number = { $n }
# end of documents

## help: glossary and help topics (helper E)

glossary-intro = Les mots qu’emploie coal, et ce qu’ils veulent dire. `coal COMMANDE --help` donne les mêmes sens là où chaque mot se choisit.
glossary-entry = { $word } : { $meaning }
glossary-word-label = { $word } ({ $label })
glossary-step = { $step } ({ $number })
glossary-ideas = Idées
glossary-statuses = Statuts : où en est un groupe avec la coalition (--status)
glossary-participation = Niveaux de participation : à quel point un groupe membre prend part (--participation)
glossary-spectrum = Spectre des alliés : où se situe un groupe par rapport à la cause (--spectrum, --spectrum-target)
glossary-roles = Rôles : les quatre rôles de l’activisme social selon Bill Moyer (--role)
glossary-resources = Types de ressources : ce que les groupes offrent et ce dont ils ont besoin (--offer, --need)
glossary-boundary-levels = Niveaux de limite : à quel point la ligne d’un groupe est ferme (add-boundary --level)
glossary-kinds = Types de coalition : à quel point les groupes travaillent de près (--kind)
glossary-visibility = Visibilité : si la coalition a une identité publique (--visibility)
glossary-rules = Modes de décision : comment une décision a été prise (--rule)
glossary-steps = Les quatre premières étapes (coal step NOM)
glossary-step-statuses = États d’une étape : où en est une étape
glossary-reports = Rapports (coal report TYPE)
glossary-checks = Vérifications : ce que cherche coal check
glossary-unity = déclaration d’unité
glossary-unity-meaning = pourquoi les groupes s’unissent malgré leurs désaccords
glossary-impacted = directement touché
glossary-impacted-meaning = un groupe des personnes les plus touchées par l’enjeu, ou marginalisées : rien sur nous sans nous
glossary-power = pouvoir
glossary-power-meaning = le poids d’un groupe : son nombre, ses moyens, sa portée, les personnes au nom de qui il parle (de 1 à 5)
glossary-interest = intérêt
glossary-interest-meaning = à quel point un groupe tient à la cause (de 1 à 5)
glossary-unpredictability = imprévisibilité
glossary-unpredictability-meaning = à quel point il est difficile de prévoir ce que fera un groupe (de 1 à 5) ; c’est parfois utile
glossary-space = espace de communication
glossary-space-meaning = là où les groupes se parlent : une messagerie, une liste de courriel, un appel mensuel
glossary-committee = comité
glossary-committee-meaning = un groupe de travail avec un mandat ; le comité de coordination est celui, de confiance, qui fait avancer les choses
glossary-point-builder = personne-pont
glossary-point-builder-meaning = une personne membre de deux groupes ou plus, qui les relie
glossary-boundary = limite
glossary-boundary-meaning = une ligne qu’un groupe ne franchira pas : travailler avec un groupe donné, ou prendre part à une tactique
glossary-tactics = diversité des tactiques
glossary-tactics-meaning = chaque groupe garde ses propres tactiques, et aucun ne condamne celles d’un autre
glossary-no-denouncing = pas de dénonciation publique
glossary-no-denouncing-meaning = les groupes membres s’engagent à ne pas se dénoncer les uns les autres en public
# end of help

## history: coal history and the spectrum's moves since then (issue 19)

# --since and --until (src/model/history.rs)
history-bound-empty = donnez une révision (un commit, une branche ou une étiquette) ou un jour écrit AAAA-MM-JJ
history-bound-bad-date = `{ $date }` s’écrit comme un jour mais n’est pas un jour du calendrier
history-bound-dash = `{ $rev }` n’est pas une révision : une révision ne commence pas par `-`
# What each field history follows tells (--help of --field)
history-field-status = où en est le groupe avec la coalition (prospect, membre, parti…)
history-field-participation = comment le groupe participe (noyau, actif, ponctuel…)
history-field-spectrum = où se situe le groupe sur le spectre des alliés
history-field-spectrum_target = où les organisateur·ices veulent amener le groupe sur le spectre
history-field-power = le pouvoir du groupe, de 1 à 5
history-field-interest = à quel point la question importe au groupe, de 1 à 5
history-field-unpredictability = à quel point le groupe est difficile à prévoir, de 1 à 5
history-field-impacted = si les personnes du groupe sont directement touchées
history-field-public = si le groupe soutient la coalition publiquement
# Reading git (src/git/history.rs)
history-not-in-git = { $file } n’est pas dans un dépôt git : il n’a pas d’historique à lire
history-not-in-git-hint = pour garder son historique à partir de maintenant : `git init`, `git add { $file }`, `git commit -m "Début du fichier de la coalition"`
history-untracked = git ne suit pas { $file } : il n’a pas d’historique à lire
history-untracked-hint = commitez-le d’abord : `git add { $name }` puis `git commit -m "Ajout du fichier de la coalition"`
history-log-failed = git n’a pas pu lister les commits du fichier : { $reason }
history-log-failed-hint = une révision est un commit, une branche ou une étiquette (`git log --oneline` les liste) ; un jour s’écrit AAAA-MM-JJ
history-blob-missing = git n’a pas d’objet { $blob }
history-not-utf8 = le fichier n’est pas du texte UTF-8
history-cat-file-failed = la lecture des versions dans git a échoué : { $reason }
history-cat-file-ended = git cat-file a cessé de répondre
# The lead's fixes after review
history-until-before-since = `--until { $until }` vient avant `--since { $since }` : aucun commit ne peut être entre les deux
history-until-before-since-hint = donnez la borne la plus ancienne à `--since` et la plus récente à `--until`
history-no-such-revision = `{ $rev }` n’est ni un commit, ni une branche, ni une étiquette que git connaît dans ce dépôt
history-groups-not-a-table = `groups` n’est pas une table de groupes
history-group-not-a-table = `groups.{ $id }` n’est pas une table
history-starts-in = l’historique de { $file } commence au commit { $commit }, qui a des commits plus anciens : si le fichier avait un autre nom ou un autre dossier avant, cette partie n’est pas lue (`git log --follow -- '{ $file }'` la montre)
history-shallow = ce clone est superficiel : l’historique commence au commit { $commit }, et ses groupes y sont le point de départ, pas des groupes ajoutés (`git fetch --unshallow` lit le reste ; en CI, récupérez tout l’historique)
# H2 (historique éprouvé sur un vrai git)
history-no-commit = le dépôt de { $file } n’a encore aucun commit : le fichier n’a pas d’historique à lire
history-no-commit-hint = commitez-le d’abord : `git commit -m "Ajout du fichier de la coalition"` (après `git add { $name }`)
# coal history (src/commands/history.rs)
history-internal = l’historique est interne : il dit qui a bougé et pourquoi, il n’a donc pas de version publique
history-internal-hint = retirez `--audience public` ; partagez plutôt un rapport public, comme `coal report groups --audience public`
history-progress = commits lus
history-no-such-group = aucun groupe `{ $group }` dans le fichier ni dans son historique
history-no-such-group-hint = `coal list groups` montre les identifiants ; l’identifiant qu’un groupe avait avant d’être renommé marche aussi
history-skipped = commit { $commit } ignoré ({ $date }, « { $reason } ») : le fichier n’y est pas lisible ({ $error }) ; ses changements sont comptés avec la version lisible suivante
history-uncommitted = le fichier a des changements pas encore commités ; ils ne sont pas dans cet historique (`coal diff --since HEAD` les montre)
history-none = aucune
history-yes = oui
history-no = non
history-label-status = statut
history-label-participation = participation
history-label-spectrum = spectre
history-label-spectrum_target = cible sur le spectre
history-label-power = pouvoir
history-label-interest = intérêt
history-label-unpredictability = imprévisibilité
history-label-impacted = directement touché
history-label-public = public
history-field-value = { $field } { $value }
history-moved = { $field } : { $old } → { $new }
history-added = ajouté au fichier
history-added-with = ajouté au fichier ({ $fields })
history-removed = retiré du fichier
history-renamed = nouvel identifiant : { $old } → { $new }
history-joined = { $moved } (a rejoint)
history-left = { $moved } (départ)
history-heading-date = date
history-heading-group = groupe
history-heading-change = changement
history-heading-author = par
history-heading-reason = pourquoi (le titre du commit)
history-heading-commit = commit
history-nothing = Aucun changement de groupe dans { $commits ->
        [one] le seul commit
       *[other] les { $commits } commits
    } du fichier lus.
history-nothing-for = Aucun changement de `{ $group }` dans { $commits ->
        [one] le seul commit
       *[other] les { $commits } commits
    } du fichier lus.
# report --since (H1)
report-since-kind = `--since` ne s’applique pas au rapport { $kind }.
report-since-kind-hint = Les déplacements depuis une révision ou un jour sont montrés par ces rapports : { $kinds }.
report-since-public = `--since` est refusé avec `--audience public` : les déplacements des groupes sont internes.
report-since-public-hint = Retirez `--audience public` pour voir les déplacements, ou retirez `--since` pour un rapport public.
report-since-heading = Déplacements depuis { $since }
report-since-uncommitted = Le fichier a des changements pas encore commités : « maintenant » est le fichier tel qu’il est.
report-since-none = Aucun groupe ne s’est déplacé sur le spectre depuis { $since }.
report-since-closer = Rapprochés (vers allié·e actif·ve) :
report-since-away = Éloignés (vers l’opposition active) :
report-since-placed = Placés depuis { $since } :
report-since-then = alors
report-since-now = maintenant
report-since-trail = parcours
report-since-trail-more = { $count ->
        [one] 1 position de plus
       *[other] { $count } positions de plus
    }
report-since-not-in-the-file = pas dans le fichier
report-since-not-placed = pas placé
doc-map-column-since = depuis { $since }
doc-map-since-placed = placé : { $trail }
doc-map-since-stayed = pas de déplacement
doc-svg-spectrum-trail = { $group } : depuis { $since }, { $trail }
doc-svg-spectrum-trail-key = où un groupe était depuis { $since } (marques creuses), étape par étape, jusqu’à sa position actuelle
# report --since (F1) : le fichier à la borne, les allers-retours, les groupes partis
report-since-base-unreadable = le fichier tel qu’il était à `--since` ne se lit pas, donc on ne sait pas où étaient les groupes : { $error }
report-since-base-unreadable-hint = choisissez une révision ou un jour où le fichier était sain (`coal history` liste ses versions)
report-since-no-base = Le fichier n’était pas dans git à { $since } : chaque groupe compte comme ajouté depuis.
report-since-skipped = { $count ->
        [one] 1 version du fichier ne se lisait pas et a été sautée
       *[other] { $count } versions du fichier ne se lisaient pas et ont été sautées
    } : { $commits }.
report-since-back = Partis et revenus :
report-since-gone = Placés à { $since }, plus placés maintenant :
doc-map-since-added = ajouté : { $trail }
doc-map-since-back = parti et revenu : { $trail }
doc-map-since-gone = Placés à { $since }, plus placés maintenant : { $groups }.
doc-map-since-gone-one = { $removed ->
        [yes] { $group } (était { $then }, a quitté le fichier)
       *[no] { $group } (était { $then }, n’est plus placé)
    }
doc-svg-spectrum-trail-earlier = +{ $count } plus tôt
report-since-shallow = Ce clone est superficiel : son historique commence au commit { $commit }, donc on ne sait pas où étaient les groupes avant (`git fetch --unshallow` lit le reste ; en CI, récupérez tout l’historique).
report-since-starts-in = L’historique du fichier commence au commit { $commit }, qui a des commits plus anciens : si le fichier avait un autre nom ou dossier avant, où étaient les groupes alors n’est pas lu.
# end of history

## private: the private overlay, its seal, and the private commands (issue 20)

# The overlay: finding, merging, splitting (src/store/private.rs)
private-organizers-sealed-for = Le fichier privé est scellé pour :
private-merge-unvouched = { $name } : les organisateur·rice·s fusionné·e·s comptent une clé pour laquelle aucun des deux fichiers privés scellés n’a été scellé ({ $keys }) : elle a été écrite à la main dans [coalition] organizers, pas avec `coal private recipients add`. Le fichier privé n’est pas fusionné ; vérifiez qui l’a ajoutée (`git log -p coalition.toml`), puis retirez-la ou ajoutez-la avec `coal private recipients add`.
private-linked = { $file } est un lien : coal n’écrit pas de données privées à travers un lien, qui pourrait les mener dans un fichier suivi par git. Rien n’a été changé.
private-linked-hint = Mettez le vrai fichier à sa place (`cp --remove-destination "$(readlink -f FICHIER)" FICHIER`), ou supprimez le lien si vous ne l’avez pas fait.
private-stale-copy = Note : { $file } est la copie de travail d’une fusion qui n’est plus en cours (abandonnée, ou faite depuis), ou d’un autre fichier privé scellé que celui-ci ; coal a lu le fichier scellé. Supprimez-la, ou, si elle contient une résolution à garder, supprimez sa première ligne et lancez `coal private seal`.
private-in-shared-assembly-notes = Les notes d’une assemblée sont internes, et pourtant le fichier partagé les contient. Toute modification les déplace dans le fichier privé.
check-private-withheld = { $count } constats nomment des groupes privés et ne sont pas montrés ici, où toute personne qui voit cette exécution les lirait. Lancez `coal check` là où se trouve la clé du fichier privé.
private-working-copy = Note : { $file } est une copie de travail en clair à côté du fichier privé scellé : coal la lit, et les modifications y vont, jusqu’à ce que `coal private seal` la scelle (le fichier scellé, ce qu’a git, est en retard jusque-là).
private-organizers-changed-finding = Ce ne sont pas les clés pour lesquelles le fichier privé est scellé : quelqu’un a changé qui peut le lire en dehors de `coal private`. Les modifications sont refusées jusqu’à ce que `coal private recipients add|remove` (ou `coal private seal`) fasse le changement, ou que la liste soit remise.
private-organizers-changed = Les clés des organisateur·rice·s dans { $shared } ne sont pas celles pour lesquelles { $sealed } est scellé : quelqu’un a changé qui peut lire les données privées en dehors de `coal private`. Rien n’a été changé.
private-organizers-changed-hint = Remettez [coalition] organizers comme avant (`git log -p coalition.toml` montre qui l’a changé) ; puis, si le changement est voulu, faites-le vous-même avec `coal private recipients add CLÉ` ou `remove CLÉ`.
private-cannot-edit = Modification impossible : le fichier privé { $file } est scellé et n’a pas été ouvert ({ $why }). Rien n’a été changé.
private-no-organizers = { $file } ne liste aucune clé sous [coalition] organizers, donc le fichier privé ne peut pas être scellé à nouveau.
private-no-organizers-hint = Ajoutez-en une avec `coal private recipients add CLÉ` (une clé age `age1…` ou une clé publique SSH).
private-bad-organizer = { $file } : la clé « { $key } » ne peut pas servir : { $why }
private-bad-organizer-hint = Chaque clé sous [coalition] organizers est une clé publique age (`age1…`) ou une ligne de clé publique SSH (`ssh-ed25519 AAAA…`).
private-no-key = aucune de vos clés n’a été trouvée pour ouvrir { $file }
private-no-key-hint = Indiquez votre fichier d’identité age dans COAL_AGE_IDENTITY (ou gardez votre clé SSH dans ~/.ssh/id_ed25519), puis demandez à un·e organisateur·rice d’ajouter votre clé publique avec `coal private recipients add CLÉ`.
private-not-read = Données privées non lues ({ $file }) : { $why }. coal travaille sur le seul fichier partagé.
private-in-shared-group = Le groupe `{ $id }` ne soutient pas publiquement la coalition, et pourtant le fichier partagé le contient. Toute modification le déplace dans le fichier privé.
private-in-shared-field = `{ $field }` du groupe `{ $id }` est interne, et pourtant le fichier partagé le contient. Toute modification le déplace dans le fichier privé.
private-in-shared-person = La personne `{ $id }` est interne, et pourtant le fichier partagé la contient. Toute modification la déplace dans le fichier privé.
private-in-shared-feedback = Les retours sont internes, et pourtant le fichier partagé en contient. Toute modification les déplace dans le fichier privé.
private-in-shared-id = Le fichier partagé nomme `{ $id }`, un groupe qui n’est pas public. Toute modification le déplace dans le fichier privé.
private-both-give = `{ $path }` est donné à la fois dans { $shared } et dans { $overlay } : coal ne peut pas savoir lequel est juste.
private-both-give-hint = Gardez-le dans un seul des deux fichiers (les données internes vont dans { $overlay }).

# Reading without the overlay: checks that need it (src/check, src/commands/check.rs)
check-private-skipped = Le fichier privé n’a pas été lu : les vérifications qui jugent l’ensemble des membres ont été sautées ({ $codes }).

# The seal: age, identities, recipients (src/store/seal.rs)
seal-recipient-bad-age = `{ $key }` n’est pas une clé publique age (une clé age s’écrit `age1` suivi de 58 lettres et chiffres, comme l’affiche `age-keygen -y`)
seal-recipient-bad-ssh = `{ $key }` n’est pas une clé publique SSH lisible (donnez toute la ligne du fichier `.pub`, comme `ssh-ed25519 AAAA… nom@portable`)
seal-recipient-private = c’est une clé privée, qui doit rester à sa propriétaire ou son propriétaire : donnez plutôt la clé publique (`age-keygen -y FICHIER-CLÉ`, ou la ligne de `~/.ssh/id_ed25519.pub`)
seal-recipient-unknown = `{ $key }` n’est ni une clé publique age (`age1…`) ni une clé publique SSH (`ssh-ed25519 …`, `ssh-rsa …`)
seal-recipient-rsa-small = cette clé ssh-rsa fait moins de 2048 bits, trop faible pour sceller : demandez une clé ed25519 (`ssh-keygen -t ed25519`)
seal-recipient-rsa-large = cette clé ssh-rsa dépasse la taille que prend age (16384 bits) : demandez une clé ed25519 (`ssh-keygen -t ed25519`)
seal-recipient-ssh-unsupported = age ne peut pas sceller pour des clés { $kind }, seulement pour des clés ssh-ed25519 et ssh-rsa : demandez une clé ed25519 (`ssh-keygen -t ed25519`) ou une clé age (`age-keygen`)
seal-identity-missing = COAL_AGE_IDENTITY désigne { $path }, qui n’existe pas
seal-identity-missing-hint = donnez à COAL_AGE_IDENTITY le fichier de votre clé privée (créé par `age-keygen -o FICHIER`, ou votre clé SSH comme `~/.ssh/id_ed25519`), ou la clé elle-même
seal-identity-unreadable = impossible de lire { $source } : { $reason }
seal-identity-not-key = { $source } ne contient aucune clé privée que coal sache lire
seal-identity-not-key-hint = donnez à coal, par COAL_AGE_IDENTITY, un fichier de clé age (`age-keygen -o FICHIER`) ou une clé privée SSH ed25519 ou RSA au format OpenSSH
seal-identity-public = { $source } contient une clé publique, pas une clé privée
seal-identity-public-hint = donnez à COAL_AGE_IDENTITY le fichier de la clé privée (créé par `age-keygen -o FICHIER` ; la clé publique sert seulement aux autres pour sceller)
seal-identity-protected = la clé de { $source } est protégée par une phrase secrète, et coal ne la demande que sur un terminal
seal-identity-protected-hint = lancez la commande sur un terminal pour la taper ; pour la CI ou un script, créez pour coal une clé à part sans phrase secrète (`age-keygen -o ~/.config/coal/key.txt`), gardez-la comme secret dans COAL_AGE_IDENTITY, et demandez à une ou un membre de l’équipe qui lit les données privées de lancer `coal private recipients add` avec sa clé publique (`age-keygen -y ~/.config/coal/key.txt`)
seal-identity-unsupported = { $source } est un type de clé SSH qu’age ne sait pas utiliser (seulement les clés ed25519 et RSA, pas les clés de sécurité)
seal-no-recipients = personne à qui sceller les données privées
seal-no-recipients-hint = ajoutez au moins la clé publique d’une ou d’un membre de l’équipe : `coal private recipients add CLÉ-PUBLIQUE-AGE-OU-SSH`
seal-failed = impossible de sceller les données privées : { $reason }
seal-damaged = { $path } n’est pas un fichier scellé (age) lisible : { $reason }
seal-damaged-hint = le fichier est peut-être abîmé ou tronqué ; reprenez-le dans git (`git checkout -- FICHIER`) ou auprès d’une ou d’un membre de l’équipe
seal-passphrase = { $path } est scellé par une phrase secrète, et coal ne lit que les fichiers scellés pour les clés de l’équipe
seal-passphrase-hint = ouvrez-le avec `age -d`, puis scellez-le de nouveau avec `coal private seal --recipient CLÉ`
seal-not-yours = aucune de vos clés ({ $source }) ne figure parmi les destinataires de { $path }
seal-not-yours-hint = demandez à une ou un membre de l’équipe qui peut le lire de lancer `coal private recipients add { $key }`
seal-not-text = { $path } s’ouvre, mais ce qu’il contient n’est pas du texte UTF-8

# coal private init, seal, recipients (src/commands/private.rs)
private-init-exists = Il y a déjà un fichier privé : { $file }.
private-init-exists-hint = Chaque modification y range déjà les données internes ; `coal check` dit ce que le fichier partagé contient encore.
private-init-nothing = rien : le fichier ne contient aucune donnée interne
private-init-would-move = Serait déplacé dans { $file } :
private-init-moved = Déplacé dans { $file } :
private-init-ignored = { $file } ajouté à { $ignore }, pour que git le laisse de côté.
private-init-already-ignored = { $ignore } tient déjà { $file } hors de git.
private-init-would-ignore = Ajouterait { $file } à { $ignore }, pour que git le laisse de côté.
private-init-next = Ensuite : scellez-le pour les organisateur·rice·s, `coal private seal --recipient CLÉ` (une clé age ou une clé publique SSH), et commitez le fichier .age. Les commits faits avant celui-ci contiennent encore ce qui a été déplacé : si le dépôt a déjà été partagé, considérez ces données comme connues.
private-seal-no-overlay = Il n’y a pas de fichier privé à sceller à côté de { $file }.
private-seal-no-overlay-hint = Lancez d’abord `coal private init` : il déplace les données internes dans leur propre fichier.
private-seal-no-organizer = { $file } ne liste aucune clé d’organisateur·rice ; le fichier privé ne peut être scellé pour personne.
private-seal-no-organizer-hint = Donnez votre clé publique : `coal private seal --recipient "$(cat ~/.ssh/id_ed25519.pub)"` (ou une clé age créée par `age-keygen`).
private-bad-key = La clé n° { $number } parmi celles données ne peut pas servir : { $why }. Rien n’a été changé.
private-seal-would = Scellerait le fichier privé pour { $count ->
        [one] { $count } clé
       *[other] { $count } clés
    }, dans { $file }.
private-seal-locked-out = Aucune de vos clés ({ $source }) n’est parmi celles des organisateur·rice·s : une fois scellé, vous ne pourriez plus ouvrir le fichier privé vous-même. Ajoutez votre clé publique avec `coal private recipients add CLÉ`.
private-seal-no-key-of-yours = Aucune clé à vous n’a été trouvée (COAL_AGE_IDENTITY, ou ~/.ssh/id_ed25519) : sur cette machine, vous ne pourriez pas ouvrir le fichier scellé.
private-seal-key-unusable = Votre clé ne peut pas ouvrir le fichier scellé : { $why }. Tant que vous ne donnez pas à coal une clé qu’il peut utiliser, vous ne pourriez pas lire les données privées sur cette machine.
private-seal-done = Fichier privé scellé pour { $count ->
        [one] { $count } clé
       *[other] { $count } clés
    } : { $file }.
private-seal-removed = Copie en clair supprimée : { $file }.
private-seal-commit = Commitez les deux : `git add { $shared } { $file }`, puis `git commit`.
private-recipients-already = { $count ->
        [one] Cette clé est
       *[other] { $count } de ces clés sont
    } déjà parmi celles des organisateur·rice·s.
private-recipients-unknown = La clé { $key } n’est pas parmi celles des organisateur·rice·s dans { $file }. Rien n’a été changé.
private-recipients-are = Les clés des organisateur·rice·s sont :
private-recipients-none = Le fichier ne liste encore aucune clé d’organisateur·rice.
private-recipients-last = Impossible de retirer la dernière clé : plus personne ne pourrait ouvrir le fichier privé. Rien n’a été changé.
private-recipients-last-hint = Ajoutez d’abord la clé de la personne qui prend le relais (`coal private recipients add CLÉ`), puis retirez celle-ci.
private-recipients-history = Seules les versions scellées à partir de maintenant sont fermées à la clé retirée : celles déjà dans git (son historique, chaque clone) restent lisibles avec elle.
private-recipients-saved = Les organisateur·rice·s ont maintenant { $count ->
        [one] { $count } clé
       *[other] { $count } clés
    }.
private-recipients-no-overlay = Il n’y a pas encore de fichier privé : `coal private init` le crée, `coal private seal` le scelle pour ces clés.
private-recipients-not-sealed = Le fichier privé n’est pas encore scellé : `coal private seal` le scelle pour ces clés.
private-recipients-working-copy = Le fichier privé a une copie de travail en clair, { $file } : `coal private seal` la scelle pour ces clés.
private-organizer-unusable = pas une clé publique pour laquelle sceller le fichier privé : { $why }. Chaque clé d’organisateur·rice est une clé age (`age1…`) ou une ligne de clé publique SSH.
update-group-public-shows = Le groupe `{ $id }` est privé. Rendu public, ses champs { $fields } seront écrits dans { $file }, que lit quiconque a le dépôt.
update-group-public-keeps = Ses champs { $fields } restent dans { $overlay }.
update-group-public-ask = Rendre `{ $id }` public ?
update-group-public-kept = Rien n’a changé : `{ $id }` reste privé.

# git : overlay-tracked, la fusion des fichiers privés scellés, coal diff (src/commands/check.rs, merge_driver.rs, diff.rs)
private-git-tracked = git suit { $file }, les données privées en clair : toute personne ayant le dépôt peut les lire. Lancez `git rm --cached { $file }` (le fichier reste ici ; .gitignore le tient ensuite à l’écart) et commitez ; l’historique de git le contient encore, changez donc ce qui a fuité (contacts, notes) et prévenez les personnes concernées.
private-git-not-ignored = git n’ignore pas { $file }, les données privées en clair : un `git add .` le commiterait. Ajoutez la ligne `{ $file }` à .gitignore.
private-merge-copy-exists = coal : impossible de fusionner { $name } : { $plain } est là, une copie de travail qui contient peut-être des modifications pas encore scellées. Quittez la fusion (`git merge --abort`), scellez-la (`coal private seal`) et commitez, ou supprimez-la ; puis fusionnez à nouveau.
private-merge-no-key = coal : impossible de fusionner { $name } : aucune de vos clés n’a été trouvée pour l’ouvrir (définissez COAL_AGE_IDENTITY, ou gardez votre clé SSH dans ~/.ssh/id_ed25519). git le marque en conflit ; rien n’a été écrit en clair.
private-merge-cannot-open = coal : impossible de fusionner { $name } : { $why }. git le marque en conflit ; rien n’a été écrit en clair.
private-merge-whole = coal : { $side } de { $name } n’est pas un fichier privé que coal sait fusionner comme des données ; chaque version est écrite entière entre les marqueurs.
private-merge-not-ignored = coal : { $name } a des conflits, et git n’ignore pas { $plain }, où ils seraient écrits en clair : rien n’a donc été écrit. Ajoutez la ligne `{ $plain }` à .gitignore, quittez la fusion (`git merge --abort`) et fusionnez à nouveau.
private-merge-conflicts = coal : { $count ->
        [one] { $count } conflit
       *[other] { $count } conflits
    } dans { $name }, marqués dans { $plain } (en clair, ignoré par git). Résolvez-les là, puis `coal private seal`, `git add { $name }`, et commitez. D’ici là, { $name } garde notre version, scellée.

# Keys locked with a passphrase, asked for on a terminal (src/store/seal.rs, src/prompt)
seal-passphrase-ask = Phrase secrète de { $source } :
seal-passphrase-ask-again = Phrase secrète erronée. Phrase secrète de { $source } :
seal-passphrase-none = aucune phrase secrète n’a été donnée pour { $source }
seal-passphrase-none-hint = relancez la commande et tapez la phrase secrète de la clé (rien ne s’affiche pendant la frappe), puis Entrée
seal-passphrase-wrong = la phrase secrète tapée pour { $source } était fausse, { $tries } fois
seal-passphrase-wrong-hint = relancez la commande avec la bonne phrase secrète ; une clé dont la phrase secrète est perdue n’ouvre plus rien : créez une nouvelle clé et demandez à une ou un membre de l’équipe qui lit les données privées de lancer `coal private recipients add` avec sa clé publique

# end of private
