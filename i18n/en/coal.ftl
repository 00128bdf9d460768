# coal's messages in English. Each helper of issue 18 owns one section;
# messages go in their section, in the order the code uses them.
#
# Fluent: `{ $name }` is an argument; `{"{"}` writes a brace; a value's
# leading and trailing spaces are dropped (write `{" "}` to keep one).

## Dates and numbers in prose (src/i18n)

date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
date-weekday = { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    } { date }

## Vocabulary: each file word as people read it, and what it means (src/model/vocab.rs)

vocab-Status-prospect = prospect
vocab-Status-prospect-meaning = a group you might work with, not contacted yet
vocab-Status-contacted = contacted
vocab-Status-contacted-meaning = reached out to, no answer yet
vocab-Status-dialogue = dialogue
vocab-Status-dialogue-meaning = talking with the coalition about joining
vocab-Status-member = member
vocab-Status-member-meaning = has joined the coalition and takes part in its work
vocab-Status-declined = declined
vocab-Status-declined-meaning = was asked and said no, for now
vocab-Status-left = left
vocab-Status-left-meaning = was a member and has left
vocab-Status-watch = watch
vocab-Status-watch-meaning = not a partner: a group (a company, an opponent) whose plans and means you keep an eye on
vocab-Participation-core = core
vocab-Participation-core-meaning = carries the coalition's work from week to week and helps decide between assemblies
vocab-Participation-active = active
vocab-Participation-active-meaning = takes part in meetings and actions regularly
vocab-Participation-supporter = supporter
vocab-Participation-supporter-meaning = lends what it can (resources, reach, people at key moments) without a steady commitment
vocab-Participation-observer = observer
vocab-Participation-observer-meaning = follows the coalition's work and stays informed, free to do more later
vocab-Spectrum-active_ally = active ally
vocab-Spectrum-active_ally-meaning = agrees with the cause and acts for it
vocab-Spectrum-passive_ally = passive ally
vocab-Spectrum-passive_ally-meaning = agrees with the cause but does not act for it yet
vocab-Spectrum-neutral = neutral
vocab-Spectrum-neutral-meaning = takes no side yet
vocab-Spectrum-passive_opposition = passive opposition
vocab-Spectrum-passive_opposition-meaning = disagrees with the cause but does not act against it
vocab-Spectrum-active_opposition = active opposition
vocab-Spectrum-active_opposition-meaning = disagrees with the cause and acts against it
vocab-Role-citizen = citizen
vocab-Role-citizen-meaning = speaks for the common good in words most people share, which gives the movement its legitimacy
vocab-Role-rebel = rebel
vocab-Role-rebel-meaning = protests and takes direct action to show what is wrong and push for change
vocab-Role-reformer = reformer
vocab-Role-reformer-meaning = works inside institutions: laws, courts, elected people, policies
vocab-Role-change_agent = change agent
vocab-Role-change_agent-meaning = organizes people, builds groups and alternatives for the long run
vocab-ResourceType-expertise = expertise
vocab-ResourceType-expertise-meaning = knowledge and skills: legal, research, training, translation
vocab-ResourceType-money = money
vocab-ResourceType-money-meaning = funds, or paying for something
vocab-ResourceType-data = data
vocab-ResourceType-data-meaning = facts, studies, lists, maps
vocab-ResourceType-visibility = visibility
vocab-ResourceType-visibility-meaning = reach: media contacts, a known name, a large audience
vocab-ResourceType-mobilization = mobilization
vocab-ResourceType-mobilization-meaning = people who show up at actions and events
vocab-ResourceType-space = space
vocab-ResourceType-space-meaning = a room or a place to meet or act (not a communication space)
vocab-ResourceType-material = material
vocab-ResourceType-material-meaning = equipment and supplies: sound system, banners, food
vocab-BoundaryLevel-refuse = refuse
vocab-BoundaryLevel-refuse-meaning = will not work with that group, or take part in that tactic: no shared space, committee or draft
vocab-BoundaryLevel-limited = limited
vocab-BoundaryLevel-limited-meaning = keeps some distance: a shared communication space, but no committee or draft together
vocab-CoalitionKind-communication = communication
vocab-CoalitionKind-communication-meaning = groups tell each other what they plan, and nothing more
vocab-CoalitionKind-collaboration = collaboration
vocab-CoalitionKind-collaboration-meaning = groups that disagree on much work together in a limited way, on one cause
vocab-CoalitionKind-agile = agile
vocab-CoalitionKind-agile-meaning = groups unite around a unity statement, share some resources, meet at key moments and respect each other's tactics
vocab-CoalitionKind-traditional = traditional
vocab-CoalitionKind-traditional-meaning = one set of tactics and positions agreed together; the least flexible kind
vocab-CoalitionKind-alliance = alliance
vocab-CoalitionKind-alliance-meaning = groups even closer than a coalition, sharing a long-term vision
vocab-Visibility-public = public
vocab-Visibility-public-meaning = the coalition has a public name and speaks as one
vocab-Visibility-informal = informal
vocab-Visibility-informal-meaning = the coalition works together without a public identity
vocab-Language-en = en
vocab-Language-en-meaning = English
vocab-Language-fr = fr
vocab-Language-fr-meaning = French
vocab-StepStatus-todo = todo
vocab-StepStatus-todo-meaning = not started
vocab-StepStatus-doing = doing
vocab-StepStatus-doing-meaning = under way
vocab-StepStatus-done = done
vocab-StepStatus-done-meaning = finished
vocab-DecisionRule-consensus = consensus
vocab-DecisionRule-consensus-meaning = everyone agrees
vocab-DecisionRule-consent = consent
vocab-DecisionRule-consent-meaning = nobody has a serious objection
vocab-DecisionRule-majority = majority
vocab-DecisionRule-majority-meaning = more than half agree
vocab-DecisionRule-delegated = delegated
vocab-DecisionRule-delegated-meaning = a committee or a person decided, as the coalition asked them to

## core: errors, output, the model, validation, check findings (helper A)

# end of core

## file: the file store, git (diff, merge driver, setup), init, remove, rename, boundaries (helper S)

# The file: finding, reading, parsing (src/store/find.rs, load.rs)
file-not-found = no { $name } here ({ $folder }) or in any parent folder
file-not-found-hint = run `coal init` to create one, or point to it with `--file PATH`
file-missing = { $path } does not exist
file-missing-hint = run `coal init` to create it, or check `--file` / `COAL_FILE`
file-is-folder = { $path } is a folder, not a coalition file
file-is-folder-hint = give the path of the coalition.toml inside it
file-not-utf8 = not UTF-8 text; save the file as UTF-8 in your editor
file-conflict = unresolved merge conflict
file-conflict-hint = keep the version you want between the <<<<<<<, ======= and >>>>>>> lines, delete the markers, then run `coal check`
file-not-toml = not valid TOML: { $reason }

file-not-a-table = `{ $path }` in the file is not a table
file-not-a-list-of-tables = `{ $path }` in the file is not a list of tables
file-no-key-in = there is no `{ $key }` in `{ $path }`
file-cannot-hold-a-list = `{ $path }` cannot hold a list

# The edit guard (src/store/mod.rs)
file-unreadable-for-editing = { $path } could not be read for editing: { $reason }
file-unusable = { $path } cannot be used: { $reason }
file-newer-hint = install a newer coal to work on this file
file-unusable-hint = a coalition file starts with `schema = 1` and a `[coalition]` table; `coal init` writes one
file-already-exists = { $path } already exists
file-already-exists-hint = use `--force` to replace it, or `--file PATH` to create another one
file-edit-refused = this change would make the coalition file invalid, so nothing was written:
file-boundary-lift-hint = seat the two groups apart (not both in { $place }); if the group says its boundary no longer holds, lift it with `{ $command }` or change it in `{ $path }` first
file-boundary-change-hint = seat the two groups apart (not both in { $place }); if the group says its boundary no longer holds, change or remove it in `{ $path }` first
file-no-entry = there is no { $register ->
        [tactics] tactic
        [spaces] space
        [committees] committee
        [people] person
       *[groups] group
    } `{ $id }`
file-other-kind-id = `{ $id }` is a { $register ->
        [tactics] tactic
        [spaces] space
        [committees] committee
        [people] person
       *[groups] group
    }: `coal show { $kind } { $id }`
file-other-kind-name = `{ $id }` is the name of { $register ->
        [tactics] tactic
        [spaces] space
        [committees] committee
        [people] person
       *[groups] group
    } `{ $found }`: `coal show { $kind } { $found }`
file-shared-name = `{ $id }` is the name of { $register } { $ids }: give the id of the one you mean
file-ids-and = {" "}and{" "}
file-name-of = `{ $id }` is the name of { $register ->
        [tactics] tactic
        [spaces] space
        [committees] committee
        [people] person
       *[groups] group
    } `{ $near }`: give its id, `{ $near }`
file-did-you-mean = did you mean `{ $near }`?
file-list-all = `coal list { $register }` shows them all

# The lock and the write (src/store/write.rs)
file-lock-wait-invalid = COAL_LOCK_TIMEOUT must be a number of seconds, 0 or more; got { $value }
file-lock-wait-hint = set it to how long to wait for another coal, such as 30, or unset it
file-lock-gave-up = another coal has been changing { $path } for { $seconds } s; gave up waiting
file-lock-stalled-hint = if no other coal is running, a stalled process holds { $lock }: end it and try again
file-lock-waiting = waiting for another coal to finish changing { $path }...
file-lock-is-link = { $path } is a symbolic link; coal's lock must be a file of its own
file-lock-is-folder = { $path } is a folder; coal's lock must be a file of its own
file-lock-is-other = { $path } is not a regular file; coal's lock must be a file of its own
file-lock-remove-link-hint = remove the link (`rm { $path }`) and run the command again
file-lock-remove-hint = remove it (`rm { $path }`) and run the command again
file-read-only = { $path } is read-only
file-read-only-hint = make it writable (`chmod u+w`) and run the command again
file-forbidden = cannot write { $path }: you may not write to it
file-forbidden-hint = ask its owner for write access (for a shared file: a group you both belong to, and `chmod g+w`), or write another file

# References (src/store/refs.rs)
file-ref-key = { $path } (the key)
file-ref-entry = { $path } (the whole entry { $entry })

# remove-KIND (src/commands/remove.rs)
remove-referenced = { $register ->
        [tactics] tactic
        [spaces] space
        [committees] committee
        [people] person
       *[groups] group
    } `{ $id }` is still referred to in { $count ->
        [one] { $count } place
       *[other] { $count } places
    }:
remove-force-hint = change those first, or run `coal remove-{ $kind } { $id } --force` to remove them too
remove-done = removed { $register ->
        [tactics] tactic
        [spaces] space
        [committees] committee
        [people] person
       *[groups] group
    } `{ $id }`
remove-done-reference = and its reference in { $place }
remove-committee-decided = committee `{ $id }` took { $count ->
        [one] { $count } decision
       *[other] { $count } decisions
    } in the log ({ $decisions }): removing it, even with --force, would hand { $count ->
        [one] it
       *[other] them
    } to the assembly
remove-committee-kept-hint = the log keeps who decided; it has no group left, and stays in the register as the log's record
remove-committee-unseat-hint = the log keeps who decided; to dissolve it, unseat its groups: `coal update-committee { $id } { $flags }`

# rename-KIND (src/commands/rename.rs)
rename-taken = there is already a { $register ->
        [tactics] tactic
        [spaces] space
        [committees] committee
        [people] person
       *[groups] group
    } `{ $new }`
rename-taken-hint = choose another id, or remove that one first
rename-dangling = the file already refers to a { $register ->
        [tactics] tactic
        [spaces] space
        [committees] committee
        [people] person
       *[groups] group
    } `{ $new }` that does not exist (at { $places }), so renaming `{ $old }` to `{ $new }` would change what those references say
rename-dangling-hint = choose another id, or first fix those references (`coal check` lists them)
rename-done = renamed { $register ->
        [tactics] tactic
        [spaces] space
        [committees] committee
        [people] person
       *[groups] group
    } `{ $old }` to `{ $new }` ({ $count ->
        [one] { $count } reference
       *[other] { $count } references
    } updated)

# fmt (src/commands/fmt.rs)
fmt-formatted = { $path } is formatted
fmt-not-formatted = { $path } is not formatted; `coal fmt` fixes it
fmt-done = formatted { $path }

# diff (src/commands/diff.rs, src/git/diff.rs)
diff-bad-revision = `--since { $rev }` is not a revision: revisions do not start with `-`
diff-bad-revision-hint = give a branch, a tag or a commit, such as `--since main`
diff-unreadable-revision = cannot read { $name } at `{ $rev }`: { $reason }
diff-unreadable-revision-hint = is the folder a git repository, and did the file exist at that revision?
diff-none = (none)
diff-no-changes = no changes
diff-no-changes-markdown = No changes to the coalition.
diff-markdown-title = **Coalition changes:** { $summary }.
diff-markdown-added = added to { $register }: { $entry }
diff-markdown-removed = removed from { $register }: { $entry }
diff-groups-added = { $count ->
        [one] { $count } group
       *[other] { $count } groups
    } added
diff-groups-joined = { $count ->
        [one] { $count } group
       *[other] { $count } groups
    } joined ({ $names })
diff-groups-moved = { $count } moved from { $from } to { $to }
diff-groups-declined = { $count ->
        [one] { $count } group
       *[other] { $count } groups
    } declined ({ $names })
diff-groups-left = { $count ->
        [one] { $count } group
       *[other] { $count } groups
    } left ({ $names })
diff-groups-removed = { $count ->
        [one] { $count } group
       *[other] { $count } groups
    } removed
diff-entries-added = { $count } { $register ->
        [tactics] { $count ->
            [one] tactic
           *[other] tactics
        }
        [spaces] { $count ->
            [one] space
           *[other] spaces
        }
        [committees] { $count ->
            [one] committee
           *[other] committees
        }
       *[people] { $count ->
            [one] person
           *[other] people
        }
    } added
diff-entries-removed = { $count } { $register ->
        [tactics] { $count ->
            [one] tactic
           *[other] tactics
        }
        [spaces] { $count ->
            [one] space
           *[other] spaces
        }
        [committees] { $count ->
            [one] committee
           *[other] committees
        }
       *[people] { $count ->
            [one] person
           *[other] people
        }
    } removed
diff-step-done = step { $number } ({ $step }) is done
diff-step-under-way = step { $number } ({ $step }) is under way
diff-logged = { $count } { $log ->
        [assemblies] { $count ->
            [one] assembly
           *[other] assemblies
        }
        [decisions] { $count ->
            [one] decision
           *[other] decisions
        }
       *[feedback] { $count ->
            [one] piece of feedback
           *[other] pieces of feedback
        }
    } logged
diff-fields-changed = { $count ->
        [one] { $count } field
       *[other] { $count } fields
    } changed

# git and its merge driver (src/git/mod.rs, src/commands/merge_driver.rs)
git-cannot-run = cannot run git: { $reason }
git-cannot-run-hint = install git, or put it on the PATH
git-failed = `git { $args }` failed: { $reason }
merge-side-not-utf8 = coal: { $side } is not UTF-8 text; merging { $name } line by line with git merge-file
merge-side-not-toml = coal: { $side } is not valid TOML; merging { $name } line by line with git merge-file
merge-side-not-coalition = coal: { $side } is not a schema-1 coalition file; merging { $name } line by line with git merge-file
merge-unplaced = coal: ours has no place for `{ $path }` as theirs writes it; merging { $name } line by line with git merge-file
merge-conflict-at = conflict: { $path }
merge-conflicts = coal: { $count ->
        [one] { $count } conflict
       *[other] { $count } conflicts
    } in { $name }; resolve the marked blocks, then `coal check`
merge-line-merged-unusable = coal: the line-merged file is not a schema-1 coalition; fix it, then `coal check`
merge-file-cannot-run = cannot run git merge-file: { $reason }
merge-file-failed = git merge-file failed on { $path }

# git-setup (src/commands/git_setup.rs)
git-setup-no-folder = cannot read the current folder: { $reason }
git-setup-not-a-repository = this folder is not in a git repository
git-setup-not-a-repository-hint = run `git init` first, or run `coal git-setup` inside the repository that keeps the coalition
git-setup-added = added `{ $line }` to { $path }
git-setup-set = set { $key }
git-setup-already = coal's merge driver is already set up here
git-setup-commit = commit { $attributes } and { $ignore } so everyone uses them; each clone runs `coal git-setup` once for the driver
git-setup-link = { $path } is a symbolic link; coal does not write through it
git-setup-link-hint = replace the link with a file of the repository, or add the line `{ $line }` to it yourself
git-setup-not-utf8 = { $path } is not UTF-8 text; coal leaves it as it is
git-setup-add-yourself-hint = add the line `{ $line }` to it yourself
git-setup-unreadable-hint = make it readable and run `coal git-setup` again, or add the line `{ $line }` to it yourself

# init (src/commands/init.rs)
init-name-prompt = Name of the coalition
init-unity-prompt = Unity statement: why do the groups come together despite their disagreements?
init-would-create = would create { $path } (dry run: nothing written)
init-created = created { $path } for { $name }
init-next = next: add the groups you will first reach out to, e.g. `coal add-group "Solidarité migrante" --impacted`

# add-boundary, remove-boundary (src/commands/add_boundary.rs, remove_boundary.rs)
boundary-holder-prompt = Which group holds the boundary?
boundary-against-one = a boundary is against one group or one tactic
boundary-against-one-hint = give `--against-group ID` or `--against-tactic ID`
boundary-against-itself = group `{ $group }` cannot hold a boundary against itself
boundary-already-held = group `{ $group }` already holds a boundary against { $key ->
        [tactic] tactic
       *[group] group
    } `{ $against }`
boundary-already-held-hint = to change its level or reason, edit it in the file, or lift it with `coal remove-boundary { $group } --against-{ $key } { $against }` and add it again
boundary-added = group `{ $group }` now holds a { $level } boundary against { $key ->
        [tactic] tactic
       *[group] group
    } `{ $against }`
boundary-nothing-left = group `{ $holder }` has no group or tactic left to hold a line against
boundary-nothing-left-hint = add one with `coal add-group NAME` or `coal add-tactic NAME`
boundary-kind-prompt = Is the line against a group or a tactic?
boundary-kind-group = a group
boundary-kind-tactic = a tactic
boundary-group-prompt = Against which group?
boundary-tactic-prompt = Against which tactic?
boundary-group-refuse = no shared space, committee or draft
boundary-group-limited = a shared space, but no committee or draft
boundary-tactic-refuse = will not take part in it
boundary-tactic-limited = takes part only in some ways
boundary-level-prompt = How firm is the line?
boundary-reason-prompt = Why does it hold this line?
boundary-not-held = group `{ $group }` holds no boundary against { $key ->
        [tactic] tactic
       *[group] group
    } `{ $against }`
boundary-holds-none-hint = it holds none
boundary-holds-others-hint = it holds one against { $boundaries }
boundary-against = { $key ->
        [tactic] tactic
       *[group] group
    } `{ $against }`
boundary-lifted = group `{ $group }` no longer holds a boundary against { $key ->
        [tactic] tactic
       *[group] group
    } `{ $against }`
boundary-none-to-lift = no group holds a boundary to lift
boundary-none-to-lift-hint = `coal add-boundary GROUP` records one
boundary-lifter-prompt = Which group lifts a boundary?
boundary-group-none-to-lift = group `{ $group }` holds no boundary to lift
boundary-group-none-to-lift-hint = `coal report boundaries` shows every boundary
boundary-lift-prompt = Which boundary does the group lift?

# end of file

## edit: commands that add, change and log (helper B1)

# end of edit

## read: list, show, steps, report, import, export commands; src/import, src/export (helper B2)

check-clean = { $file }: no problems found
check-summary = { $file }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos ->
        [one] { $infos } info
       *[other] { $infos } infos
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
