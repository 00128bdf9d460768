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
list-heading-impacted = touché
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

# end of read

## walk: steps, the step walkthroughs, prompts (helper C)

# end of walk

## reports: report kinds and their tables and markdown (helper D1)

# end of reports

## documents: handout, invitation, draft, map, HTML, SVG, ICS (helper D2)

# end of documents

## help: glossary and help topics (helper E)

# end of help
