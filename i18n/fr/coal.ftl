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
