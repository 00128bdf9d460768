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

# end of reports

## documents: handout, invitation, draft, map, HTML, SVG, ICS (helper D2)

# end of documents

## help: glossary and help topics (helper E)

# end of help
