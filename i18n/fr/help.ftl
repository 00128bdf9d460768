# --help de coal en français (src/i18n/help.rs). L’anglais reste dans les
# commentaires de src/cli.rs, que clap lit ; ce fichier n’est lu que lors
# d’une exécution en français.
#
# Les identifiants suivent l’arbre des commandes (tests/help_fr.rs vérifie
# qu’il n’en manque aucun et qu’aucun n’est de trop) :
#   commande        son nom (`add-group`), la racine `coal`
#   argument        commande--argument (`add-group--spectrum-target`)
#   texte long      l’attribut .long
#   titre           heading- puis le titre anglais (`heading-global-options`)
#   valeur          value-type-valeur (`value-color-auto`)
#   mots de clap    clap-
#
# Typographie : espace insécable (U+00A0) avant « : » et dans « », espace
# fine insécable (U+202F) avant ; ? ! et %.


## Les mots de clap

clap-arguments = Arguments
clap-commands = Commandes
clap-help = Afficher l’aide
clap-help-more = Afficher l’aide (--help en dit plus)
clap-help-summary = Afficher l’aide (-h la résume)
clap-options = Options
clap-usage = Utilisation :
clap-version = Afficher la version

## Titres

heading-global-options = Options globales
heading-step-1-contact = Étape 1 (contact)
heading-step-2-draft = Étape 2 (brouillon)
heading-step-3-assembly = Étape 3 (assemblée)
heading-step-4-presentation = Étape 4 (présentation)

## Commandes et options

add-assembly = Noter une assemblée générale après la première (l’étape 3 est la première), tenue ou à venir
add-assembly--accessibility = Ce qui est offert, par exemple interprétation, halte-garderie, accès sans marches (répétable)
add-assembly--agenda = Ce dont elle discutera ou ce qu’elle décidera
add-assembly--answered = Groupes invités qui ont répondu, oui ou non (ajoutés à ceux déjà notés)
add-assembly--attended = Groupes venus (ajoutés à ceux déjà notés)
add-assembly--date = Sa date, passée (une assemblée tenue) ou à venir ; elle identifie l’assemblée
add-assembly--end = Quand elle finit, comme 21:00
add-assembly--invite = Groupes invités (ajoutés à ceux déjà invités)
add-assembly--languages = Une langue dans laquelle elle se tient ou est interprétée (répétable)
add-assembly--notes = Notes internes (jamais dans un rapport public)
add-assembly--place = Où elle se tient
add-assembly--rsvp = À qui dire qu’on vient, et comment (un nom, une adresse, un lien)
add-assembly--start = Quand elle commence, comme 18:30 (heure locale)

add-boundary = Noter une ligne qu’un groupe ne franchira pas : un autre groupe, ou une tactique
add-boundary--against-group = Le groupe avec qui il refuse (ou limite) de travailler
add-boundary--against-tactic = La tactique à laquelle il refuse (ou limite) de prendre part
add-boundary--group = Le groupe qui pose la limite
add-boundary--level = À quel point la ligne est ferme (par défaut : refuse)
add-boundary--reason = Pourquoi, en quelques mots (reste interne)

add-committee = Ajouter un comité ou un groupe de travail
add-committee--groups = Un groupe qui y siège (répétable)
add-committee--id = L’identifiant (par défaut : tiré du nom)
add-committee--mandate = Ce que la coalition demande au comité de faire
add-committee--name = Le nom du comité, par exemple « Comité de coordination »
add-committee--steering = Le comité de coordination, de confiance

add-group = Ajouter un groupe
add-group--contact-email = Le courriel de contact du groupe
add-group--contact-name = Le nom de la personne à joindre dans le groupe
add-group--contact-phone = Le numéro de téléphone de contact du groupe
add-group--id = L’identifiant (par défaut : tiré du nom)
add-group--impacted = Une communauté directement touchée ou marginalisée
add-group--intentions = Ce que prévoit un groupe sous veille
add-group--interest = À quel point le groupe tient à l’enjeu, de 1 (peu) à 5 (beaucoup)
add-group--joined = Quand le groupe est devenu membre (par défaut : aujourd’hui, quand il le devient ; une date passée complète l’historique)
add-group--left = Quand le groupe est parti (par défaut : aujourd’hui, quand son statut devient left)
add-group--members = Combien de personnes le groupe organise
add-group--name = Le nom du groupe, par exemple « Solidarité migrante »
add-group--needs = Une ressource dont le groupe a besoin, par exemple `money="location d’autobus"` (répétable ; un second détail d’un type s’y ajoute)
add-group--not-impacted = Pas (ou plus) comptée comme directement touchée
add-group--notes = Notes internes
add-group--offers = Une ressource que le groupe peut partager, par exemple `expertise="clinique juridique"` (répétable ; un second détail d’un type s’y ajoute)
add-group--participation = À quel point un groupe membre prend part (active si rien n’est donné)
add-group--power = Le poids du groupe sur l’enjeu, de 1 (peu) à 5 (beaucoup)
add-group--private = Prend part sans appuyer publiquement la coalition (par défaut)
add-group--public = Appuie publiquement la coalition
add-group--roles = L’un des quatre rôles de l’activisme social selon Bill Moyer (répétable ; remplace la liste à la mise à jour)
add-group--spectrum = Où se situe le groupe sur le spectre des alliés
add-group--spectrum-target = Où vous espérez amener le groupe sur le spectre, un cran à la fois
add-group--status = Où en est le groupe avec la coalition (un nouveau groupe commence comme prospect)
add-group--tactics = L’identifiant d’une tactique (répétable ; remplace la liste à la mise à jour)
add-group--unpredictability = À quel point il est difficile de prévoir ce que fera le groupe, de 1 (stable) à 5 (difficile à dire)

add-person = Ajouter une personne (dans deux groupes ou plus, une personne-pont)
add-person--contact-email = Le courriel de la personne
add-person--contact-phone = Le numéro de téléphone de la personne
add-person--groups = Un groupe dont la personne fait partie (répétable)
add-person--id = L’identifiant (par défaut : tiré du nom)
add-person--name = Le nom de la personne
add-person--notes = Notes internes

add-space = Ajouter un espace de communication
add-space--groups = Un groupe dans l’espace (répétable)
add-space--id = L’identifiant (par défaut : tiré du nom)
add-space--medium = Signal, liste de courriel, appel mensuel…
add-space--name = Le nom de l’espace, par exemple « Clavardage de coordination »
add-space--purpose = À quoi sert l’espace

add-tactic = Ajouter une tactique
add-tactic--description = Ce qu’est la tactique, en une phrase
add-tactic--id = L’identifiant (par défaut : tiré du nom)
add-tactic--intensity = De 1 (institutionnelle) à 5 (la plus conflictuelle)
add-tactic--name = Le nom de la tactique, par exemple « Vigile »

check = Valider le fichier et diagnostiquer la coalition
check--deny-warnings = Échouer (code 1) aussi sur les avertissements
check--format = Sous quelle forme afficher les constats

coal = Planifier et vérifier une coalition agile tenue dans un seul coalition.toml
coal--color = Quand utiliser les couleurs
coal--dry-run = Montrer ce qui changerait, sans rien écrire
coal--file = Le fichier de la coalition (par défaut : le coalition.toml le plus proche, ici ou plus haut)
coal--lang = La langue des messages et des rapports : en ou fr (par défaut : COAL_LANG, puis LC_ALL, LC_MESSAGES, LANG)
coal--no-input = Ne jamais poser de question ; une valeur manquante est une erreur qui nomme son option
coal--quiet = N’afficher que les erreurs et ce qui est demandé

completions = Afficher les complétions du shell
completions--shell = Le shell pour lequel écrire les complétions

diff = Ce qui a changé entre deux versions du fichier, par groupe et par champ
diff--format = Sous quelle forme afficher les changements
diff--new = Le fichier le plus récent (par défaut : le fichier de la coalition)
diff--old = Le fichier le plus ancien (pas avec --since)
diff--since = Comparer avec le fichier tel qu’il était à une révision git (`HEAD`, `main`, `v1`…)

export = La coalition en un seul graphe, pour Kumu, Graphviz, Gephi, networkx ou Oligrapher
export--audience = public ne garde que les groupes qui appuient publiquement la coalition, sans rien d’interne
export--format = L’outil auquel le graphe est destiné
export--output = Écrire le graphe dans FILE plutôt qu’au terminal (`-` : la sortie standard)

fmt = Réécrire le fichier dans l’ordre et la mise en page canoniques, en gardant chaque commentaire
fmt--check = Ne rien changer ; afficher la différence et sortir avec le code 1 si le fichier n’est pas formaté

git-setup = Inscrire le pilote de fusion de coal dans ce dépôt git

glossary = Chaque mot qu’emploie coal (statuts, niveaux, rôles, vérifications…) et ce qu’il veut dire

help = Afficher ce message, l’aide d’une commande, ou le glossaire (`coal help glossary`)
help--topic = Une commande (`add-group`, `step`…), ou `glossary`

history = Comment chaque groupe a bougé, quand et pourquoi, d’après l’historique git du fichier
history--audience = L’historique est interne : seul `internal` est accepté
history--fields = Seulement les changements de ce champ (répétable ; par défaut : chaque champ que suit l’historique)
history--first-parent = Ne suivre que le premier parent des fusions : ce qu’une branche fusionnée a changé est compté à la fusion
history--format = Sous quelle forme afficher les changements
history--group = Le groupe, par son identifiant actuel ou un identifiant qu’il a eu (par défaut : tous les groupes)
history--since = À partir de cette révision (un commit, une branche ou une étiquette : les changements qui la suivent), ou de ce jour (AAAA-MM-JJ)
history--until = Jusqu’à cette révision (comprise), ou jusqu’à ce jour (AAAA-MM-JJ)

import = Importer des groupes ou des personnes d’un tableur enregistré en CSV (un essai à blanc sans --apply)
import--apply = Écrire l’import dans le fichier (sans cette option, seulement montrer ce que ferait chaque ligne)
import--maps = Lire une colonne comme un champ, `Colonne=champ` (répétable), par exemple `--map "Organisation=name"` ; `Colonne=` la laisse de côté
import--on-duplicate = Que faire d’une ligne dont le fichier a déjà le groupe ou la personne
import--rejects = Écrire les lignes refusées dans FILE, comme l’entrée était écrite, avec une colonne `reason`
import--sheet = Le tableur enregistré en CSV : virgule, point-virgule ou tabulation entre les cellules ; UTF-8, ou ce qu’écrit Excel
import--what = Ce qu’est chaque ligne

init = Créer un nouveau fichier de coalition
init--force = Remplacer un fichier existant
init--kind = Le type de coalition (par défaut : agile)
init--name = Le nom de la coalition
init--unity = Pourquoi les groupes s’unissent malgré leurs désaccords
init--visibility = Si elle a une identité publique (par défaut : informal)

list = Lister les entrées d’un registre
list--format = Sous quelle forme l’afficher
list--kind = Quoi lister (sans rien, les types s’affichent)

log-decision = Noter une décision
log-decision--affects = Un groupe touché par la décision (répétable)
log-decision--assembly = La date de l’assemblée qui l’a prise (avec --by assembly, par défaut)
log-decision--by = `assembly` ou l’identifiant d’un comité (par défaut : assembly)
log-decision--consulted = Un groupe consulté avant de décider (répétable)
log-decision--date = Quand (par défaut : aujourd’hui)
log-decision--review-on = Quand la revoir
log-decision--rule = Comment cela a été décidé (par défaut : consent)
log-decision--summary = Ce qui a été décidé

log-feedback = Noter un retour d’un groupe
log-feedback--by = La personne qui l’a entendu
log-feedback--date = Quand (par défaut : aujourd’hui)
log-feedback--group = Le groupe d’où vient le retour
log-feedback--text = Ce qu’il a dit

merge-driver = Fusion à trois voies pour git (à installer avec `coal git-setup`)
merge-driver--base = L’ancêtre commun (%O)
merge-driver--marker-size = Longueur des marqueurs de conflit (%L), de 1 à 1024
merge-driver--ours = Notre version (%A) ; le résultat est écrit ici
merge-driver--path = Le chemin du fichier dans le dépôt (%P), pour les messages
merge-driver--theirs = Leur version (%B)

private = Garder les données internes hors du fichier partagé : un fichier privé, scellé pour les organisateur·rice·s
private-init = Créer coalition.private.toml, y déplacer tout ce qui est interne, et le tenir hors de git
private-recipients = Ajouter ou retirer la clé d’un·e organisateur·rice, et sceller à nouveau le fichier privé
private-recipients-add = Ajouter des clés publiques d’organisateur·rice·s et sceller à nouveau
private-recipients-add--keys = Une clé publique age (age1…) ou une ligne de clé publique SSH (entre guillemets)
private-recipients-list = Lister les clés pour lesquelles le fichier privé est scellé
private-recipients-remove = Retirer des clés publiques d’organisateur·rice·s et sceller à nouveau (les versions scellées déjà dans git restent lisibles avec elles)
private-recipients-remove--keys = Une clé publique age (age1…) ou une ligne de clé publique SSH (entre guillemets)
private-seal = Sceller le fichier privé avec age pour les clés des organisateur·rice·s (coalition.private.toml.age, que l’on peut commiter)
private-seal--recipients = Une clé publique pour laquelle sceller, ajoutée à [coalition] organizers : une clé age (age1…) ou une clé publique SSH (répétable)

remove-boundary = Lever une limite qu’un groupe pose envers un groupe ou une tactique
remove-boundary--against-group = Le groupe avec qui il ne refuse (ou ne limite) plus de travailler
remove-boundary--against-tactic = La tactique à laquelle il ne refuse (ou ne limite) plus de prendre part
remove-boundary--group = Le groupe qui pose la limite

remove-committee = Retirer un comité (refusé tant qu’une décision le nomme, sauf avec --force)
remove-committee--force = Retirer aussi chaque renvoi à elle
remove-committee--id = L’identifiant de l’entrée à retirer (`coal list KIND` les affiche)

remove-group = Retirer un groupe (refusé tant que quelque chose y renvoie, sauf avec --force)
remove-group--force = Retirer aussi chaque renvoi à elle
remove-group--id = L’identifiant de l’entrée à retirer (`coal list KIND` les affiche)

remove-person = Retirer une personne (refusé tant qu’un retour la nomme, sauf avec --force)
remove-person--force = Retirer aussi chaque renvoi à elle
remove-person--id = L’identifiant de l’entrée à retirer (`coal list KIND` les affiche)

remove-space = Retirer un espace de communication
remove-space--force = Retirer aussi chaque renvoi à elle
remove-space--id = L’identifiant de l’entrée à retirer (`coal list KIND` les affiche)

remove-tactic = Retirer une tactique (refusé tant que quelque chose y renvoie, sauf avec --force)
remove-tactic--force = Retirer aussi chaque renvoi à elle
remove-tactic--id = L’identifiant de l’entrée à retirer (`coal list KIND` les affiche)

rename-committee = Donner un nouvel identifiant à un comité ; chaque renvoi suit
rename-committee--new = Le nouvel identifiant (a-z, 0-9 et -)
rename-committee--old = Son identifiant actuel

rename-group = Donner un nouvel identifiant à un groupe ; chaque renvoi suit
rename-group--new = Le nouvel identifiant (a-z, 0-9 et -)
rename-group--old = Son identifiant actuel

rename-person = Donner un nouvel identifiant à une personne ; chaque renvoi suit
rename-person--new = Le nouvel identifiant (a-z, 0-9 et -)
rename-person--old = Son identifiant actuel

rename-space = Donner un nouvel identifiant à un espace
rename-space--new = Le nouvel identifiant (a-z, 0-9 et -)
rename-space--old = Son identifiant actuel

rename-tactic = Donner un nouvel identifiant à une tactique ; chaque renvoi suit
rename-tactic--new = Le nouvel identifiant (a-z, 0-9 et -)
rename-tactic--old = Son identifiant actuel

report = Des rapports pour les personnes (table, markdown) et les scripts (json, csv), ou une invitation (markdown, ics)
report--assembly = L’invitation : à l’assemblée de cette date (par défaut : la prochaine)
report--audience = public laisse de côté chaque groupe qui n’appuie pas publiquement la coalition, et tout ce qui est interne
report--format = table, markdown, json, csv, ics, html ou svg (par défaut : table ; markdown pour l’invitation, html pour la fiche et la carte)
report--kind = Sur quoi faire le rapport
report--output = Écrire le rapport dans FILE plutôt qu’au terminal (`-` : la sortie standard) ; sans --format, le format que dit son nom (.html, .svg, .md, .json, .csv, .ics, .txt)
report--since = Le spectre et la carte : qui a bougé depuis cette révision ou ce jour (AAAA-MM-JJ), d’après git

schema = Afficher un schéma JSON du fichier, pour les éditeurs (taplo, Even Better TOML)

show = Montrer une entrée avec tous ses champs, et tout ce qui y renvoie
show--format = Sous quelle forme l’afficher
show--id = Son identifiant (`coal list KIND` les affiche)
show--kind = Ce qu’est l’entrée : group, tactic, space, committee ou person

step = Parcourir l’une des quatre premières étapes (dans un terminal), ou la noter par des options
step--accessibility = Ce qui est offert, par exemple interprétation, halte-garderie, accès sans marches (répétable)
step--agenda = Ce dont elle discutera ou ce qu’elle décidera
step--answer = La réponse donnée à --question ou à --answer-question
step--answer-question = Le numéro d’une question déjà posée (tel que `coal steps` l’affiche) à laquelle --answer répond
step--answered = Groupes invités qui ont répondu, oui ou non (ajoutés à ceux déjà notés)
step--asked-by = Le groupe qui a posé --question
step--attended = Groupes venus (ajoutés à ceux déjà notés)
step--co-authors = Groupes qui rédigent le brouillon (ajoutés à ceux déjà là)
step--contacted = Étape 1 : groupes contactés, sans réponse pour l’instant
step--culture = Étape 2 : comment les groupes travailleront ensemble et se traiteront
step--date = La date de l’assemblée, passée (une assemblée tenue) ou à venir ; les décisions qui la nomment suivent
step--declined = Étape 1 : groupes qui ont décliné
step--dialogue = Étape 1 : groupes désormais en dialogue
step--done = Marquer l’étape comme faite (refusé tant qu’il lui manque ce qu’il faut)
step--end-time = Quand elle finit, comme 21:00
step--invite = Groupes invités (ajoutés à ceux déjà invités)
step--joined = Groupes qui ont rejoint la coalition : ils deviennent membres, à la date de l’assemblée si elle a eu lieu, sinon aujourd’hui
step--languages = Une langue dans laquelle elle se tient ou est interprétée (répétable)
step--place = Où elle se tient
step--question = Une question posée à la présentation
step--rsvp = À qui dire qu’on vient, et comment (un nom, une adresse, un lien)
step--start = Marquer l’étape comme commencée (toute option d’étape le fait aussi)
step--start-time = Quand elle commence, comme 18:30 (heure locale)
step--step = contact (1), draft (2), assembly (3) ou presentation (4)
    .long = L’étape, par son nom ou son numéro :
    { $steps }
step--structure = Étape 2 : la structure minimale (comités, espaces, qui décide quoi)
step--vision = Étape 2 : ce que la coalition veut changer, en quelques phrases

steps = Les quatre premières étapes : où en est la coalition, et quoi faire ensuite

update-assembly = Changer ou compléter une assemblée, trouvée par sa date (celle de l’étape 3 ou une suivante)
update-assembly--accessibility = Ce qui est offert, par exemple interprétation, halte-garderie, accès sans marches (répétable)
update-assembly--agenda = Ce dont elle discutera ou ce qu’elle décidera
update-assembly--answered = Groupes invités qui ont répondu, oui ou non (ajoutés à ceux déjà notés)
update-assembly--attended = Groupes venus (ajoutés à ceux déjà notés)
update-assembly--date = La date de l’assemblée à changer (celle de l’étape 3 ou une ajoutée plus tard)
update-assembly--end = Quand elle finit, comme 21:00
update-assembly--invite = Groupes invités (ajoutés à ceux déjà invités)
update-assembly--languages = Une langue dans laquelle elle se tient ou est interprétée (répétable)
update-assembly--new-date = Sa nouvelle date, quand elle est déplacée ; les décisions qui la nomment suivent
update-assembly--notes = Notes internes (jamais dans un rapport public)
update-assembly--place = Où elle se tient
update-assembly--remove-answered = Un groupe noté par erreur comme ayant répondu (répétable)
update-assembly--remove-attended = Un groupe noté par erreur comme présent (répétable)
update-assembly--remove-invite = Un groupe qui n’est plus invité (répétable)
update-assembly--rsvp = À qui dire qu’on vient, et comment (un nom, une adresse, un lien)
update-assembly--start = Quand elle commence, comme 18:30 (heure locale)

update-coalition = Changer le nom de la coalition, sa déclaration d’unité, son type, sa visibilité ou ses ententes
update-coalition--diversity-of-tactics = yes : chaque groupe garde ses propres tactiques, et aucun ne condamne celles d’un autre ; no : la coalition s’entend ensemble sur les tactiques
update-coalition--feedback-every-days = Avoir des nouvelles de chaque groupe membre au moins à cette fréquence (de 1 à 3650 jours)
update-coalition--kind = Le type de coalition
update-coalition--language = La langue des rapports de la coalition et des documents pour l’assemblée : en ou fr
update-coalition--name = Le nouveau nom de la coalition
update-coalition--no-public-denouncing = yes : les groupes membres s’engagent à ne pas se dénoncer en public ; no : ils le peuvent
update-coalition--unity = Pourquoi les groupes s’unissent malgré leurs désaccords
update-coalition--visibility = Si elle a une identité publique

update-committee = Changer des champs d’un comité, ou les groupes qui y siègent
update-committee--add = Un groupe à ajouter (répétable)
update-committee--id = L’identifiant du comité
update-committee--mandate = Ce que la coalition demande au comité de faire (`""` l’efface)
update-committee--name = Le nouveau nom du comité
update-committee--no-steering = En faire un comité ou un groupe de travail, pas le comité de coordination
update-committee--remove = Un groupe à retirer (répétable)
update-committee--steering = En faire le comité de coordination, de confiance

update-decision = Changer une décision : la marquer revue, ajouter qui a été consulté, et plus
update-decision--add-affects = Groupes qu’elle touche, ajoutés à ceux de la liste
update-decision--add-consulted = Groupes consultés, ajoutés à ceux de la liste
update-decision--assembly = La date de l’assemblée qui l’a prise (la décision est alors celle de l’assemblée)
update-decision--by = `assembly` ou l’identifiant d’un comité
update-decision--date = Quand elle a été décidée (pas après aujourd’hui)
update-decision--number = Son numéro, tel que `coal list decisions` l’affiche (à partir de 1)
update-decision--review-on = Quand la revoir
update-decision--reviewed = Quand elle a été revue (pas après aujourd’hui) : règle `review-due` jusqu’à un --review-on plus tardif
update-decision--rule = Comment elle a été décidée
update-decision--summary = Ce qui a été décidé

update-group = Changer des champs d’un groupe
update-group--contact-email = Le courriel de contact du groupe
update-group--contact-name = Le nom de la personne à joindre dans le groupe
update-group--contact-phone = Le numéro de téléphone de contact du groupe
update-group--id = L’identifiant du groupe
update-group--impacted = Une communauté directement touchée ou marginalisée
update-group--intentions = Ce que prévoit un groupe sous veille
update-group--interest = À quel point le groupe tient à l’enjeu, de 1 (peu) à 5 (beaucoup)
update-group--joined = Quand le groupe est devenu membre (par défaut : aujourd’hui, quand il le devient ; une date passée complète l’historique)
update-group--left = Quand le groupe est parti (par défaut : aujourd’hui, quand son statut devient left)
update-group--members = Combien de personnes le groupe organise
update-group--name = Le nouveau nom du groupe
update-group--needs = Une ressource dont le groupe a besoin, par exemple `money="location d’autobus"` (répétable ; un second détail d’un type s’y ajoute)
update-group--not-impacted = Pas (ou plus) comptée comme directement touchée
update-group--notes = Notes internes
update-group--offers = Une ressource que le groupe peut partager, par exemple `expertise="clinique juridique"` (répétable ; un second détail d’un type s’y ajoute)
update-group--participation = À quel point un groupe membre prend part (active si rien n’est donné)
update-group--power = Le poids du groupe sur l’enjeu, de 1 (peu) à 5 (beaucoup)
update-group--private = Prend part sans appuyer publiquement la coalition (par défaut)
update-group--public = Appuie publiquement la coalition
update-group--remove-needs = Retirer un type de ressource dont le groupe a besoin, ou l’un de ses détails : TYPE ou TYPE=DETAIL (répétable)
update-group--remove-offers = Retirer un type de ressource que le groupe offre, ou l’un de ses détails : TYPE ou TYPE=DETAIL (répétable)
update-group--roles = L’un des quatre rôles de l’activisme social selon Bill Moyer (répétable ; remplace la liste à la mise à jour)
update-group--spectrum = Où se situe le groupe sur le spectre des alliés
update-group--spectrum-target = Où vous espérez amener le groupe sur le spectre, un cran à la fois
update-group--status = Où en est le groupe avec la coalition (un nouveau groupe commence comme prospect)
update-group--tactics = L’identifiant d’une tactique (répétable ; remplace la liste à la mise à jour)
update-group--unpredictability = À quel point il est difficile de prévoir ce que fera le groupe, de 1 (stable) à 5 (difficile à dire)

update-person = Changer des champs d’une personne, ou les groupes dont elle fait partie
update-person--add = Un groupe à ajouter (répétable)
update-person--contact-email = Le courriel de la personne (`""` l’efface)
update-person--contact-phone = Le numéro de téléphone de la personne (`""` l’efface)
update-person--id = L’identifiant de la personne
update-person--name = Le nouveau nom de la personne
update-person--notes = Notes internes (`""` les efface)
update-person--remove = Un groupe à retirer (répétable)

update-space = Changer des champs d’un espace, ou les groupes qui s’y trouvent
update-space--add = Un groupe à ajouter (répétable)
update-space--id = L’identifiant de l’espace
update-space--medium = Signal, liste de courriel, appel mensuel… (`""` l’efface)
update-space--name = Le nouveau nom de l’espace
update-space--purpose = À quoi sert l’espace (`""` l’efface)
update-space--remove = Un groupe à retirer (répétable)

update-tactic = Changer des champs d’une tactique
update-tactic--description = La nouvelle description (`""` l’efface)
update-tactic--id = L’identifiant de la tactique
update-tactic--intensity = De 1 (institutionnelle) à 5 (la plus conflictuelle)
update-tactic--name = Le nouveau nom de la tactique

## Valeurs

value-check-format-github = Commandes de workflow GitHub Actions (annotations sur la pull request)
value-check-format-json = Pour les scripts
value-check-format-text = Pour lire au terminal
value-color-always = Des couleurs même dans un fichier ou un tube
value-color-auto = Des couleurs dans un terminal, sauf si NO_COLOR est défini
value-color-never = Pas de couleurs
value-diff-format-json = Pour les scripts
value-diff-format-markdown = Prêt pour un commentaire de pull request
value-diff-format-text = Pour lire au terminal
value-entry-kind-committee = Un comité ou un groupe de travail
value-entry-kind-group = Un groupe
value-entry-kind-person = Une personne
value-entry-kind-space = Un espace de communication
value-entry-kind-tactic = Une tactique
value-export-format-dot = Graphviz DOT, comités et espaces en grappes (`dot -Tsvg`)
value-export-format-gexf = GEXF 1.3, pour Gephi et networkx
value-export-format-graphml = GraphML, pour Gephi, yEd, networkx et igraph
value-export-format-kumu = JSON de plan Kumu (éléments et connexions), pour kumu.io
value-export-format-oligrapher = JSON Oligrapher 3 (cartes LittleSis), placé comme le place le rapport map
value-history-format-csv = Pour les tableurs, un changement par ligne
value-history-format-json = Pour les scripts
value-history-format-markdown = Prêt pour un commentaire de pull request ou un wiki
value-history-format-table = Pour lire au terminal
value-import-kind-groups = Un groupe par ligne
value-import-kind-people = Une personne par ligne, avec les groupes dont elle fait partie
value-kind-assemblies = Les assemblées générales, à commencer par celle de l’étape 3
value-kind-committees = Les comités et groupes de travail, et qui y siège
value-kind-decisions = Les décisions, numérotées dans l’ordre où elles ont été prises
value-kind-feedback = Les retours entendus des groupes membres
value-kind-groups = Les groupes, avec leur statut, leur participation et leurs notes
value-kind-people = Les personnes, et les groupes dont elles font partie
value-kind-spaces = Les espaces de communication et les groupes qui s’y trouvent
value-kind-tactics = Les tactiques, avec leur intensité et combien de groupes les emploient
value-list-format-json = Pour les scripts
value-list-format-table = Pour lire au terminal
value-on-duplicate-fill = N’écrire que les champs que l’entrée n’a pas encore
value-on-duplicate-skip = Laisser l’entrée du fichier telle quelle
value-on-duplicate-update = Écrire chaque cellule de la ligne par-dessus l’entrée (une cellule vide ne change rien)
