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

# Labels of the lines on stderr; other areas use them too.
label-error = error: { $text }
label-hint = hint: { $text }
label-warning = warning: { $text }
label-note = note: { $text }

# Errors of every command (src/error.rs)
error-io = cannot { $action ->
        [read] read
        [write] write
        [lock] lock
        [lock-file] create the lock file
        [temporary-file] write a temporary file in
       *[other] { $action }
    } { $path }: { $reason }
error-io-permission = check the permissions of the file and of its folder
error-io-disk-full = free some disk space and try again
error-io-too-large = the file is larger than this system or its limit (`ulimit -f`) allows
error-stdout-closed = standard output was closed
error-stdout = cannot write to standard output: { $reason }
error-stdout-hint = the output goes to a full disk or a device that takes nothing; send it elsewhere

# coal check: the severity words of the text output (JSON and GitHub stay English)
check-severity-error = error
check-severity-warning = warning
check-severity-info = info
check-finding = { $severity }[{ $code }] { $path }: { $message }

# Where two groups sit together (boundary-violation)
check-place-space = space `{ $id }`
check-place-committee = committee `{ $id }`
check-place-draft = the draft's co-authors
check-boundary-violation = { $group } { $level ->
        [refuse] refuses to work with
       *[limited] limits its work with
    } { $other }, yet both are in { $place }. Respect the boundary: seat them apart, or let { $group } say whether it still holds.
check-resource-concentration = { $group } brings { $count } of the members' { $total } offers ({ $percent } %). The groups with the most resources tend to end up leading; share the power: let other groups hold tasks and decisions, and match what { $group } offers with the needs of the groups with the fewest resources.
check-steering-without-impacted = The steering group { $committee } has no directly impacted group, though impacted groups are members. Give them seats: the people most affected must be a strong part of the coalition.
check-nothing-about-us = "{ $decision }" affects { $groups } without their being consulted. Nothing about us without us: hear them before the decision stands, then `coal update-decision { $number } --add-consulted ID`.
check-less-is-more = { $count } groups are contacted, in dialogue or members before the assembly. Less is more: a small first circle agrees on what it wants; a wide one ends up agreeing only on what it rejects. Widen the circle at the assembly (step 3).
check-no-space = { $group } is in no communication space. Groups that talk learn from each other and grow closer: add it to one (`coal update-space ID --add-group { $id }`, or `coal add-space`).
check-feedback-overdue-since-feedback = No feedback from { $group } for more than { $days } days, counted from its last feedback on { $date }.
check-feedback-overdue-since-joined = No feedback from { $group } for more than { $days } days, counted from the day it joined, { $date }: it has given none yet.
check-feedback-overdue-never = No feedback from { $group } yet, and no `joined` date to count the { $days } days from.
check-feedback-overdue-ask = Ask how the coalition works for them, and log it with `coal log-feedback { $id } TEXT`.
check-review-due = "{ $decision }" was to be reviewed on { $date }. Put it back on the agenda: contexts change, and the coalition should adapt. Once reviewed: `coal update-decision { $number } --reviewed DATE`.
check-step-order = Step { $step } ({ $key }) has begun while step { $earlier } ({ $earlier_key }) has not. Each step builds on the one before: `coal steps` shows where you are.
check-step-dates = Step { $step } ({ $key }) finished on { $finished }, before it started on { $started }: correct `started` or `finished` under [steps.{ $key }] in the file.
check-denouncing-risk = { $group } draws a line at { $tactic }, a tactic used by { $users }, and the coalition has no agreement against public denouncing. Agree that groups may stay away from a tactic without condemning it in public: division only helps opponents.
check-single-tactic = The { $count } members use { $tactics ->
        [one] { $tactics } tactic
       *[other] { $tactics } tactics
    } between them. Different tactics serve different purposes and suit different people: a diversity of tactics makes the coalition stronger and more attractive.
check-missing-roles = No member plays the role of { $roles } (Moyer's roles). Movements need citizens, rebels, reformers and change agents; seek out or value the groups that play the missing ones.
check-public-not-member = { $group } { $status ->
        [watch] is watched, not a partner
        [declined] declined to join
       *[left] has left the coalition
    }, yet is marked as endorsing the coalition publicly. Public reports name only member groups, so it does not appear in them; make the file say so with `coal update-group { $id } --private`.
check-overload = { $group } takes part as { $level ->
        [observer] an observer
       *[supporter] a supporter
    }, yet holds { $seats ->
        [one] { $seats } committee seat
       *[other] { $seats } committee seats
    } where { $core }, a core group, holds { $core_seats ->
        [one] { $core_seats } seat
       *[other] { $core_seats } seats
    }. Levels of participation let each group give what it can: ask { $group } whether this load suits it, and share the seats with the core groups.
check-opponent-joined = { $group } has joined the coalition, yet it stands in { $position }: an opponent is no partner. If it has come round, place it again (`coal update-group { $id } --spectrum POSITION`); if not, it was welcomed by mistake (`coal update-group { $id } --status watch`).
check-refuses-own-tactic = { $group } draws a line at { $tactic }, a tactic it uses itself. Ask { $group } which holds: drop the boundary (`coal remove-boundary { $id } --against-tactic { $tactic_id }`) or take the tactic off its list (`coal update-group { $id } --tactic ID`, once for each tactic it keeps).
# What the refused group did (boundary-at-assembly)
check-place-invited-on = is invited to the assembly of { $date }
check-place-invited = is invited to the assembly
check-place-joined = has joined the coalition
check-boundary-at-assembly = { $group } refuses to work with { $other }, and { $other } { $place }. Talk with { $group } first: how both can take part without working together, or whether the boundary still holds.
check-tactic-disagreement = { $diversity ->
        [yes] The coalition acts on one set of tactics, as a traditional coalition does
       *[no] The coalition agreed on shared tactics
    }, yet { $group } draws a line at { $tactic }, which { $users } { $count ->
        [one] uses
       *[other] use
    }. Settle it together: agree on tactics every member accepts, { $traditional ->
        [yes] or agree how the group stays away from that action
       *[no] or let each group keep its own (`coal update-coalition --diversity-of-tactics yes`)
    }.

# What each check code looks for (glossary)
check-meaning-invalid-reference = an id that names nothing in the file
check-meaning-invalid-value = a value coal cannot use: a word outside its list, a number out of range, a missing field, dates out of order
check-meaning-boundary-violation = two groups seated together where one refuses the other
check-meaning-unknown-key = a key coal does not know (kept, not used), often a typo
check-meaning-resource-concentration = one group gives most of what members offer
check-meaning-steering-without-impacted = impacted groups are members, but not in the steering group
check-meaning-nothing-about-us = a decision affects a group that was not consulted
check-meaning-less-is-more = too many groups in play before the first assembly: start small
check-meaning-no-space = a member group is in no communication space
check-meaning-feedback-overdue = a member group has not been heard from for too long
check-meaning-review-due = a decision is due to be looked at again
check-meaning-step-order = a step began before an earlier one
check-meaning-step-dates = a step finished before it started
check-meaning-denouncing-risk = a member refuses a tactic another member uses, and there is no agreement against denouncing in public
check-meaning-single-tactic = the members use almost only one tactic
check-meaning-missing-roles = the members do not cover all four roles
check-meaning-public-not-member = a group that is not a member is marked public
check-meaning-overload = a lighter member holds more committee seats than a core member
check-meaning-boundary-at-assembly = a member refuses a group invited to an assembly, or that joined
check-meaning-tactic-disagreement = in a coalition with shared tactics, a member refuses one another member uses
check-meaning-opponent-joined = a group in opposition on the spectrum has joined
check-meaning-refuses-own-tactic = a group draws a line at a tactic it uses itself
check-meaning-private-in-shared = the shared file names a group that is not public, or holds internal data, while a private overlay exists
check-meaning-overlay-tracked = git tracks the plain private overlay, which anyone with the repository can read

# Validation of the file (src/model/validate.rs, input.rs, id.rs, vocab.rs)
valid-no-schema = it has no `schema = 1` line, so it is not a coalition file
valid-not-schema-one = `schema` must be 1, got { $got }
valid-newer-schema = it was written by a newer coal (schema { $schema }); this coal reads schema { $ours }
valid-no-coalition = it has no `[coalition]` table with the coalition's name and unity statement
valid-shown-text = the text "{ $text }"
valid-shown-list = a list
valid-shown-table = a table
valid-left-before-joined = a group leaves after it joins; one that left and came back keeps only its new `joined`
valid-reviewed-before-taken = a decision is reviewed on or after the day it was taken
valid-date-before = `{ $later }` ({ $then }) is before `{ $earlier }` ({ $first }): { $why }
valid-assembly-twice = there is already an assembly on { $date }: the date identifies an assembly, so each has its own
valid-end-before-start = `end` ({ $end }) must be after `start` ({ $start })
valid-answered-not-invited = `{ $id }` is in `answered` but not in `invited`: an answer is to an invitation; add it to `invited` or take it out of `answered`
valid-assembly-not-by-assembly = `assembly` names the assembly that took a decision, but this one was taken by `{ $by }`
valid-unknown-key = `{ $key }` is not part of schema 1; coal keeps it but does not use it (a typo?)
valid-unknown-key-near = `{ $key }` is not part of schema 1; coal keeps it but does not use it: did you mean `{ $near }`?
valid-not-a-table = `{ $key }` must be a table, got { $got }
valid-not-a-register = `{ $key }` must be a table of { $key } keyed by id, got { $got }
valid-assembly-committee = `assembly` cannot be a committee id: in a decision, `by = "assembly"` means the whole assembly
valid-entry-not-a-table = { $register ->
        [groups] a group
        [tactics] a tactic
        [spaces] a space
        [committees] a committee
       *[people] a person
    } must be a table, got { $got }
valid-boundary-both = a boundary names either a `group` or a `tactic`, not both
valid-boundary-neither = a boundary must name a `group` or a `tactic`
valid-boundary-itself = `{ $id }` cannot hold a boundary against itself
valid-not-a-list-of-tables = `{ $key }` must be a list of tables, got { $got }
valid-entry-must-be-table = each entry must be a table, got { $got }
valid-word = `{ $key }`: { $message }
valid-required = `{ $key }` is required
valid-blank-element = `{ $key }`: an element { $problem }
valid-listed-twice = `{ $id }` is already in `{ $key }`; coal counts it once: take this one out
valid-wrong-type = `{ $key }` must be { $expected }, got { $got }
valid-expected-text = text in quotes
valid-expected-bool = true or false
valid-expected-one-of = one of: { $words }
valid-expected-decided-by = "assembly" or a committee id
valid-expected-table = a table
valid-expected-whole-number = a whole number, { $range }
valid-expected-date = a date written like 2026-11-25 (no quotes)
valid-expected-time = a time written like "18:30"
valid-expected-id = { $register ->
        [groups] a group
        [tactics] a tactic
        [spaces] a space
        [committees] a committee
       *[people] a person
    } id in quotes
valid-expected-list = a list like ["a", "b"]
valid-expected-resources = a table like {"{"} money = "..." {"}"}
valid-expected-details = text in quotes, or a list of texts like ["a", "b"]
valid-range = { $min } to { $max }
valid-range-from = { $min } or more
valid-out-of-range = `{ $key }` must be { $range }, got { $got }
valid-no-assembly-yet = `{ $key }` names no assembly on { $date }; no assembly has a date yet
valid-no-assembly-on = `{ $key }` names no assembly on { $date }; assemblies: { $dates }
valid-names-nothing = `{ $key }` names no { $register ->
        [groups] group
        [tactics] tactic
        [spaces] space
        [committees] committee
       *[people] person
    } `{ $id }`
valid-names-nothing-near = `{ $key }` names no { $register ->
        [groups] group
        [tactics] tactic
        [spaces] space
        [committees] committee
       *[people] person
    } `{ $id }`; did you mean `{ $near }`?
valid-more-like-these = and { $count } more like these in `{ $key }`
valid-blank-detail = the detail of `{ $kind }` { $problem }
valid-blank-detail-of = a detail of `{ $kind }` { $problem }
valid-no-detail = `{ $kind }` lists no detail: write at least one, or remove the key
input-empty = must not be empty
input-invisible = must show something: it holds only invisible characters
id-not-valid = `{ $id }` is not a valid id: an id is 1 to 64 characters of a-z, 0-9 and `-`, starting with a letter or digit
id-try = { $message } (try `{ $suggestion }`)
vocab-not-one-of = `{ $word }` is not one of the valid { $vocabulary ->
        [Status] statuses
        [Participation] participation levels
        [Spectrum] spectrum positions
        [Role] roles
        [ResourceType] resource types
        [BoundaryLevel] boundary levels
        [CoalitionKind] coalition kinds
        [Visibility] visibilities
        [Language] languages
        [StepStatus] step statuses
       *[DecisionRule] decision rules
    }: { $words }

agreements-own-tactics-no-denouncing = Each group keeps its own tactics; no group has to join or endorse an action it cannot support, and none condemns another's in public.
agreements-own-tactics = Each group keeps its own tactics; no group has to join or endorse an action it cannot support.
agreements-traditional = We act together as a traditional coalition, with tactics we have agreed on.
agreements-shared-tactics = We act together with tactics we have agreed on as a coalition.
agreements-explained-own = Different tactics do different work, and different people are at ease with different ones. Groups keep their own tactics; { $denouncing ->
        [yes] a group may stay away from one without condemning it.
       *[no] a group may stay away from one.
    }
agreements-explained-shared = { $why ->
        [traditional-choice] The coalition agreed on shared tactics, a traditional coalition's choice
        [traditional] A traditional coalition acts on one set of tactics
       *[agreed] The coalition agreed on shared tactics
    }: members act together, with tactics every one of them accepts. A member that draws a line at a tactic another uses is a disagreement to settle together.
agreements-shared-label = shared, agreed together
agreements-no-denouncing = We may disagree, but we do not denounce each other in public: taking part does not mean endorsing everything.
agreements-denouncing = We have not agreed to keep our disagreements out of public view; we try to raise them among ourselves first.
agreements-informal = We work together without a public banner: no group has to say publicly that it takes part.
agreements-public = The coalition has a public name; each group still chooses whether to endorse it publicly.
agreements-feedback = We ask every member group how the coalition works for it at least every { $days } days.

layout-field-label = { $key }:
layout-field = { $key }: { $value }
# The heading of a table's name column, kept whole when a table is tight.
layout-name-column = name

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

# src/commands/mod.rs: what every edit says
edit-folder-unreadable = cannot read the current folder: { $error }
edit-done-in = in { $file }
edit-done-dry-run = (dry run: nothing written)
edit-unchanged = nothing to change: the file already says that
edit-unchanged-elsewhere = nothing to change: { $file } already says that
edit-date-said = { $what } { $reason }
edit-happened-hint = record it once it has happened, dated that day (today or earlier)
edit-numbers-uncertain = some { $what }s in the file are not valid, so their numbers are uncertain; nothing was written
edit-numbers-uncertain-hint = fix them first: `coal check` shows what is wrong
edit-no-such-number = there is no { $what } { $number }: { $count ->
        [0] none is recorded yet
        [one] there is 1 { $what }, number 1
       *[other] there are { $count } { $what }s, numbered 1 to { $last }
    }
edit-id-taken = there is already a { $kind } `{ $id }`
edit-id-taken-hint = to change it, use `coal update-{ $kind } { $id }`; for another { $kind }, choose another `--id`
edit-register-not-a-table = `{ $key }` in the file is not a table of { $key } keyed by id, so coal cannot add to it
edit-fix-by-hand = fix it by hand first (`coal check` shows what is wrong)
edit-no-group-to-choose = missing { $flag }: there is no group to choose from yet
edit-no-group-to-choose-hint = add one with `coal add-group NAME`
edit-warning = warning: { $warning }
edit-menu-word = { $word }: { $meaning }
edit-give-another-name = { $reason }: give another name

# add-group
add-group-ask-name = Name of the group
add-group-done = added group `{ $id }` ({ $name })
add-group-taken = there is already a group `{ $id }` ({ $name })
add-group-taken-hint = to change it, use `coal update-group { $id }`; for another group of that name, give it its own id with `--id ID`
add-group-ask-status = Where does the group stand with the coalition?
add-group-ask-impacted = Is it a directly impacted or marginalized community?
add-group-ask-public = Does it endorse the coalition publicly? (many groups take part without saying so)
add-group-ask-power = Power, 1 to 5 (numbers, money, reach, diversity)
add-group-ask-interest = Interest in the cause, 1 to 5
edit-write-as-table = write it as `{"{"} ... {"}"}` in the file; `coal check` shows where
edit-updated = updated { $kind } `{ $id }`

# the fields of a group (add-group, update-group)
group-fields-not-details = `{ $key }.{ $kind }` in the file is neither text nor a list of texts
group-fields-not-details-hint = fix it by hand first; `coal check` shows where
group-fields-not-a-table = `{ $key }` in the file is not a table
group-fields-nothing-to-remove = group `{ $id }` { $key } nothing to remove
group-fields-show-its = `coal show group { $id }` shows its { $key }
group-fields-show-all = `coal show group { $id }` shows all its { $key }
group-fields-held = its `{ $kind }`: { $held }; `coal show group { $id }` shows all its { $key }
group-fields-no-kind = group `{ $id }` { $key } no `{ $kind }`
group-fields-no-detail = group `{ $id }` { $key } no `{ $kind }` detail "{ $detail }"

# update-group
update-group-nothing = nothing to change for group `{ $id }`
update-group-nothing-hint = give the fields to change, e.g. `--status member --power 3`; `coal update-group --help` lists them
update-group-seat = { $kind } `{ $id }`
update-group-still-seated = note: `{ $group }` has left but still sits in { $places }; to free its seats:

# log-decision
log-decision-assembly-or-committee = `--assembly { $assembly }` names the assembly that took a decision, but `--by` names a committee
log-decision-assembly-or-committee-hint = leave out `--by` (or give `--by assembly`) for a decision of the assembly
log-decision-the-date = the decision date
log-decision-review-before = the next review { $review } is before the decision itself ({ $date })
log-decision-review-hint = a decision is reviewed on or after the day it was taken
log-decision-ask-summary = What was decided?
log-decision-ask-rule = How was it decided?
log-decision-done = logged decision of { $date }: { $summary }
log-decision-unheard = note: it affects { $groups } without their being consulted; nothing about us without us
log-decision-assembly-to-come = the assembly of { $assembly } is still to come (today is { $today }): its decisions are recorded once it has been held
log-decision-assembly-to-come-hint = log the decision on the day of the assembly or later
log-decision-before-assembly = the decision is dated { $date }, before the assembly of { $assembly } that took it
log-decision-before-assembly-hint = leave out `--date`: a decision of a named assembly is dated that day
log-decision-no-assembly = there is no assembly on { $date }
log-decision-no-assembly-yet = record it first with `coal add-assembly DATE` (or `coal step assembly --date` for the first)
log-decision-assemblies = assemblies: { $dates }; record another with `coal add-assembly { $date }`

# update-decision
update-decision-the-review-date = the review date
update-decision-the-next-review = the next review
update-decision-nothing = nothing to change for decision { $number }
update-decision-nothing-hint = give what changed, e.g. `--reviewed { $today }` or `--add-consulted ID`; `coal update-decision --help` lists every flag
update-decision-done = updated decision { $number } ({ $date }: { $summary })
update-decision-reviewed-next = reviewed on { $reviewed }; next review on { $due }
update-decision-reviewed = reviewed on { $reviewed }; no review due until a later `--review-on`
update-decision-log-one = log one with `coal log-decision SUMMARY`
update-decision-list-them = `coal list decisions` shows them with their numbers
update-decision-assembly-or-committee = `--assembly { $assembly }` names the assembly that took the decision, but `--by` names a committee
update-decision-give-one = give one of them
update-decision-before-itself = { $day } is before the decision itself ({ $decided })
update-decision-none = there is no decision to change: none is recorded yet
update-decision-ask-which = Which decision?
update-decision-ask-what = What has changed?
update-decision-flags = --reviewed, --add-consulted, --review-on, --summary, --date, --by, --rule or --add-affects
update-decision-change-reviewed = it was reviewed
update-decision-change-consulted = groups were consulted
update-decision-change-review-on = its next review
update-decision-change-summary = what was decided
update-decision-change-date = when
update-decision-change-by = who decided
update-decision-change-rule = how (the rule)
update-decision-change-affects = groups it affects
update-decision-ask-reviewed = Reviewed on (Enter for today, { $today })
update-decision-ask-consulted = Which groups were consulted?
update-decision-ask-review-on = Review it again on
update-decision-ask-date = Decided on
update-decision-ask-affects = Which groups does it affect?
update-decision-by-committee = committee { $id }
update-decision-ask-by = Who decided?
update-decision-ask-like = { $prompt } (like { $today })

# every add-* and update-* command
edit-added = added { $kind } `{ $id }` ({ $name })
edit-the-entry = { $kind } `{ $id }`
edit-nothing-to-change = nothing to change for { $what }
edit-nothing-to-change-hint = give what to change: { $flags }; `coal { $command } --help` tells more
edit-whose-groups = the groups of { $kind } `{ $id }`
edit-group-both-ways = group `{ $group }` is both added to and removed from { $whose }
edit-group-both-ways-hint = give it once, with `--add-group` or `--remove-group`
edit-group-not-there = group `{ $group }` is not in { $whose }
edit-group-not-there-none = it has none; `coal show { $kind } { $id }` shows the { $kind }
edit-group-not-there-they-are = they are { $groups }; `coal show { $kind } { $id }` shows the { $kind }
edit-group-already-there = group `{ $group }` is already in { $whose }; left as it is
edit-groups-not-ids = { $whose } in the file are not a list of ids
edit-ask-intensity = Intensity, 1 (institutional) to 5 (most confrontational)
edit-ask-space-groups = Groups in the space
edit-ask-seats = Groups holding a seat
edit-ask-person-groups = Groups the person is part of
add-tactic-ask-name = Name of the tactic
add-space-ask-name = Name of the space
add-space-ask-medium = Medium (Signal, email list, monthly call...)
add-committee-ask-name = Name of the committee
add-committee-ask-steering = Is it the trusted steering group?
add-person-ask-name = Name of the person
add-person-done-point-builder = added person `{ $id }` ({ $name }), a point builder between their groups
update-tactic-ask-name = New name
update-tactic-ask-description = New description
update-coalition-the-coalition = the coalition
update-coalition-done = updated the coalition
update-coalition-ask-name = New name of the coalition
update-coalition-ask-unity = Unity statement: why do the groups come together despite their disagreements?

# log-feedback
log-feedback-the-date = the feedback date
log-feedback-ask-group = Feedback from which group?
log-feedback-ask-text = What did they say?
log-feedback-done = logged feedback from `{ $group }` on { $date }

# add-assembly, update-assembly and the fields of an assembly
assembly-the = the assembly of { $date }
add-assembly-done = added the assembly of { $date }
add-assembly-ask-date = Date of the assembly (past or to come), like { $today }
add-assembly-ask-place = Place
add-assembly-ask-invite = Whom do you invite?
assembly-end-before-start = the end ({ $end }) must be after the start ({ $start })
assembly-end-before-start-hint = an assembly past midnight ends at 23:59 here; say the rest in `--agenda`
assembly-answer-uninvited = `{ $id }` is not invited to { $which }: an answer is to an invitation
assembly-answer-uninvited-hint = invite it first, or in the same command: `--invite { $id } --answered { $id }`
assembly-date-taken-first = the first assembly (step 3) is on { $day }: the date identifies an assembly
assembly-date-taken = there is already an assembly on { $day }: the date identifies an assembly
assembly-date-taken-hint = to change or complete it: `coal update-assembly { $date } --place ...`
assembly-first-after-later = the first assembly (step 3) cannot be on { $day }: the assembly of { $later } comes after it
assembly-first-after-later-hint = to move that one as well, first: `coal update-assembly { $later } --date DATE`
assembly-before-first = the first assembly (step 3) is on { $first }: an assembly added later comes after it, not on { $day }
assembly-before-first-hint = if the first assembly was held on { $day }: `coal step assembly --date { $date }`
assembly-attended-to-come = the assembly of { $day } is still to come (today is { $today }): who attended is recorded once it has been held
assembly-attended-to-come-hint = to invite them instead: `--invite ID`
assembly-ask-start = Start time, like 18:30
assembly-end-after-start = the end must be after the start ({ $start })
assembly-ask-end = End time, like 21:00
assembly-ask-languages = Languages, separated by commas
assembly-ask-accessibility = What is offered so that everyone can take part?
assembly-ask-rsvp = Whom to tell that one is coming, and how
update-assembly-nothing-hint = give the fields to change, e.g. `--place X --date NEW`; `coal update-assembly --help` lists them
update-assembly-moved = moved the assembly of { $date } to { $new }
update-assembly-done = updated the assembly of { $date }
update-assembly-shared-date = { $count } assemblies are dated { $date }: the date no longer tells which one to change
update-assembly-shared-date-hint = give each its own date in the file first (`coal check` shows where they are)
update-assembly-none = none
update-assembly-absent = `{ $id }` is not { $list ->
        [invited] invited
        [answered] recorded as answering
       *[attended] recorded as attending
    } at the assembly of { $date }, so it cannot be removed
update-assembly-absent-hint = { $list ->
        [invited] invited
        [answered] recorded as answering
       *[attended] recorded as attending
    } there: { $listed }; check the id
update-assembly-add-one = add one with `coal add-assembly DATE` (or `coal step assembly --date` for the first)
update-assembly-add-another = assemblies: { $dates }; add a new one with `coal add-assembly { $date }`

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

list-kinds-intro = coal list KIND, with KIND one of:
list-kinds-example = For example: coal list groups
list-kind-groups = The groups, with their status, participation and scores
list-kind-tactics = The tactics, with their intensity and how many groups use them
list-kind-spaces = The communication spaces and the groups in them
list-kind-committees = The committees and working groups, and who holds a seat
list-kind-people = The people, and the groups they are part of
list-kind-assemblies = The general assemblies, step 3's first
list-kind-decisions = The decisions, numbered in the order taken
list-kind-feedback = The feedback heard from member groups
list-yes = yes
list-heading-id = id
list-heading-name = name
list-heading-status = status
list-heading-participation = participation
list-heading-impacted = impacted
list-heading-public = public
list-heading-power = power
list-heading-interest = interest
list-heading-intensity = intensity
list-heading-used-by = used by
list-heading-medium = medium
list-heading-groups = groups
list-heading-steering = steering
list-heading-date = date
list-heading-time = time
list-heading-place = place
list-heading-invited = invited
list-heading-answered = answered
list-heading-attended = attended
list-heading-agenda = agenda
list-heading-number = #
list-heading-summary = summary
list-heading-by = by
list-heading-rule = rule
list-heading-review-on = review on
list-heading-reviewed = reviewed
list-heading-group = group
list-heading-text = text
list-assembly-first = (step 3)
list-decision-by-assembly = assembly of { $date }
list-decision-by-committee = committee { $committee }
list-hours-from = from { $start }
list-hours-until = until { $end }
show-nothing-refers = nothing else refers to this { $register ->
        [groups] group
        [tactics] tactic
        [spaces] space
        [committees] committee
       *[people] person
    }
show-referred-to-by = referred to by:
steps-title = { $coalition }: the four first steps
steps-since = since { $start }
steps-finished = finished { $end }
steps-next = Next:
import-unmapped = left out, no field has their name: { $columns } (to read one, --map "{ $first }=FIELD")
import-too-many-to-compare = note: with { $rows } rows and { $entries } entries in the file, names close to one another were not looked for
import-rejects-unwritable = --rejects { $file }: the rejected rows could not be written ({ $problem }); nothing was imported
import-rejects-unwritable-hint = give --rejects a file in a folder that exists and that you may write
import-progress-rows = rows
import-progress-planned = planned
import-progress-writing = writing
import-heading-row = row
import-heading-action = action
import-heading-id = id
import-heading-details = details
import-action = { $action ->
        [create] create
        [update] update
        [skip] skip
       *[error] error
    }
import-summary = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }: { $parts }
import-summary-nothing = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }: nothing to do
import-summary-created = { $count } created
import-summary-updated = { $count } updated
import-summary-skipped = { $count } skipped
import-summary-to-create = { $count } to create
import-summary-to-update = { $count } to update
import-summary-to-skip = { $count } to skip
import-summary-rejected = { $count } rejected
import-summary-dry-run = (dry run: nothing written; --apply writes it)
report-map-internal = the map is for the coalition's organizers only: it shows every group, public or not
report-map-internal-hint = to share the coalition outside, make the handout: `coal report handout --format html -o handout.html`
report-internal = the { $kind } report is for the coalition's organizers only
report-internal-hint = reports that may leave the coalition (--audience public): { $reports }
report-over-the-coalition = `-o { $file }` would replace the coalition file with a report
report-over-the-coalition-hint = write the report to another file, such as report.md
report-assembly-handout = `--assembly` chooses the assembly of the invitation; the handout shows the next assembly to come
report-assembly-handout-hint = for another assembly, make its invitation: `coal report invitation --assembly DATE`
report-assembly-none = `--assembly` chooses the assembly of the invitation; the { $kind } report has none
report-would-write = would write the { $kind } report to { $file } ({ $bytes } bytes) (dry run: nothing written)
report-wrote = wrote the { $kind } report to { $file }
report-public-needs-a-sound-file = a public { $what } is made only from a file without errors, and { $file } has { $errors ->
        [one] an error
       *[other] { $errors } errors, the first
    } at { $place }: { $key }: { $problem }
report-public-needs-a-sound-file-hint = fix the file first: `coal check` shows each error and what to do
report-public-needs-a-sound-file-hint-internal = fix the file first: `coal check` shows each error and what to do (the internal { $what }, without `--audience public`, still works)
report-format-not-offered = the { $kind } report does not come as { $format }; it comes as { $formats }
report-format-not-offered-named = the { $kind } report does not come as { $format } (as `-o { $file }` says); it comes as { $formats }
report-svg-hint = each chart comes alone as SVG: `coal report { $charts } --format svg`
report-format-named-hint = name the file for its format, such as `-o { $kind }.{ $extension }`, or give `--format`
report-invitation-no-assembly = the invitation needs the assembly's date
report-invitation-no-assembly-hint = set it with `coal step assembly --date YYYY-MM-DD --place PLACE`, or `coal add-assembly DATE` for a later one
report-no-assembly-on = there is no assembly on { $date }
report-assemblies = assemblies: { $dates }
report-no-assembly-to-come = no assembly is to come: the latest was on { $latest } (today is { $today })
report-no-assembly-to-come-hint = add the next one with `coal add-assembly DATE`, or give `--assembly DATE` for the invitation to one already held
export-over-the-coalition = `-o { $file }` would replace the coalition file with an export
export-over-the-coalition-hint = write the export to another file, such as coalition.{ $extension }
export-would-write = would write the { $format } export to { $file } ({ $bytes } bytes) (dry run: nothing written)
export-wrote = wrote the { $format } export to { $file } ({ $nodes ->
        [one] { $nodes } node
       *[other] { $nodes } nodes
    }, { $edges ->
        [one] { $edges } edge
       *[other] { $edges } edges
    })
help-no-command = there is no command `{ $name }`
help-did-you-mean = did you mean `coal help { $near }`?
help-no-command-hint = `coal help` lists the commands; `coal help glossary` the words

show-yes-no = { $value }
show-field = { $field }
list-none-yet = none yet

input-score-range = must be 1 to 5, got { $number }
input-score-not-a-number = must be a whole number from 1 to 5, got `{ $text }`
input-count-too-large = is too large: at most { $max }, got `{ $text }`
input-count-not-a-number = must be a whole number, 0 or more, got `{ $text }`
input-resource-form = write TYPE=DETAIL, e.g. money="bus rental"; types: { $types }
input-resource-blank-detail = the detail after `{ $kind }=` { $problem }: say what is offered or needed
input-yes-no = must be yes or no, got `{ $text }`
input-days-range = must be a whole number of days from { $min } to { $max }, got `{ $text }`
input-date-form = must be a date written like { $example }, got `{ $text }`
input-date-after-today = { $date } is after today ({ $today })
input-time-form = must be a time written like 18:30, got `{ $text }`
cli-language-unknown = coal speaks { $first } and { $last }

diff-register-entry = { $register }: { $entry }
diff-changed = { $path }: { $old } → { $new }

list-decision-by-the-assembly = assembly

# end of read

## walk: steps, the step walkthroughs, prompts (helper C)

# The four steps (src/steps)
walk-title-contact = First contact with affinity groups
walk-title-draft = Co-create a first draft of vision, culture and structure
walk-title-assembly = Invite widely to an assembly
walk-title-presentation = Present the draft, answer questions, grow the coalition
walk-not-a-step = `{ $text }` is not a step; the steps are { $steps }
walk-guidance-contact =
    Start small. Reach out first to the groups you already trust and that bring
    the right mix of power (numbers, money, reach, and the diversity of people
    they speak for), interest in the cause, and sometimes a useful
    unpredictability. A handful of groups that agree on what they want goes
    further than a crowd that only agrees on what it rejects. And make sure the
    people most affected are there from the start: nothing about us without us.
walk-guidance-draft =
    With the groups in dialogue, write a first draft together: a vision (where we
    are going), a culture (how we treat each other: listening, no public
    denouncing, respect for each group's tactics) and a minimal structure (a
    working group or steering group, spaces to talk). Keep it short: it is a
    draft the assembly will change. Impacted groups should hold the pen too.
walk-guidance-assembly =
    Now open the door wider: invite groups to an assembly where the draft will be
    presented. Choose a date and a place that the groups with the fewest
    resources can reach, and invite broadly: groups may take part at the level
    they can, and none has to endorse the coalition publicly.
walk-guidance-presentation =
    At the assembly, present the draft, answer the questions people ask, and
    welcome the groups that want to join. Write down the questions and answers:
    they are the first feedback the coalition gets, and the draft will grow from
    them.
walk-summary-contact = { $contacted } contacted, { $dialogue } in dialogue, { $members ->
        [one] { $members } member
       *[other] { $members } members
    }, { $declined } declined; { $prospects ->
        [one] { $prospects } prospect
       *[other] { $prospects } prospects
    } left
walk-part-written = written
walk-part-not-yet = not yet
walk-summary-draft = vision { $vision }, culture { $culture }, structure { $structure }; co-authors: { $co_authors }
walk-not-set = not set
walk-summary-assembly = date: { $date }; place: { $place }; { $invited ->
        [one] { $invited } group
       *[other] { $invited } groups
    } invited
walk-summary-presentation = { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } ({ $answered } answered); joined: { $joined }
walk-need-talking = a group in dialogue or member
walk-need-vision = a vision
walk-need-culture = a culture
walk-need-structure = a structure
walk-need-co-author = a co-author
walk-need-date = a date
walk-need-place = a place
walk-need-invited = an invited group
walk-need-feedback = a question or a group that joined
walk-need-talking-flag = a group in dialogue or member (`--dialogue ID`)
walk-need-vision-flag = a vision (`--vision`)
walk-need-culture-flag = a culture (`--culture`)
walk-need-structure-flag = a structure (`--structure`)
walk-need-co-author-flag = a co-author (`--co-author ID`)
walk-need-date-flag = a date (`--date`)
walk-need-place-flag = a place (`--place`)
walk-need-invited-flag = an invited group (`--invite ID`)
walk-need-feedback-flag = a question (`--question`) or a group that joined (`--joined ID`)
walk-and = { $rest } and { $last }
walk-none-yet = none yet
walk-question-open = question { $number } (open): { $text }
walk-question-answered = question { $number } (answered): { $text }
walk-unready-missing = it still needs { $needs }
walk-unready-before-assembly = its assembly is on { $date }, and it can be done that day or later
walk-unready-undated = the assembly where it takes place has no date yet (step 3)
walk-next-start = Start step { $number }: { $title }
walk-next-done = Step { $number } ({ $title }) has what it needs: mark it done
walk-next-no-prospect = Step { $number } ({ $title }) has no prospect left to contact (opponents are never proposed): add the groups to contact
walk-next-needs = Step { $number } ({ $title }) still needs { $needs }
walk-next-at-assembly = Step { $number } ({ $title }) is done at the assembly of { $date } or later: until then record questions and groups that joined
walk-next-undated = Step { $number } ({ $title }) waits for the date of its assembly (step 3)
walk-next-command-feedback = coal log-feedback GROUP TEXT (the four steps are done: keep hearing from every member group)
walk-next-review = Review the decision “{ $summary }”: its review was due on { $date }
walk-next-answer = Answer question { $number }: “{ $text }”
walk-next-feedback = The four steps are done: keep hearing from every member group
walk-fact-impacted = impacted
walk-fact-not-placed = not yet placed
walk-fact-power = power { $score }
walk-fact-interest = interest { $score }
walk-fact-unpredictability = unpredictability { $score }

# The step walkthroughs (src/commands/step)
walk-again-needs = Step { $number } still needs { $needs }.
walk-again-how = Give it now, or leave it empty: what you gave is saved, the step stays open.
walk-ask-finished = Is this step finished?
walk-not-done = step { $number } is not done yet: { $why }
walk-group-label = { $name } ({ $id }): { $facts }
walk-outcome-contacted = contacted, no answer yet
walk-outcome-dialogue = in dialogue
walk-outcome-declined = declined
walk-ask-outcome = { $name }: where do things stand?
walk-ask-whom = Whom will you contact? (impacted groups and allies first, then by interest and power)
walk-ask-news = Any news from the groups already contacted?
walk-ask-talking = Which of these groups are in dialogue with you now?
walk-note-no-prospects = There are no prospects yet: add the groups you think of with `coal add-group NAME`.
walk-note-too-many = warning: { $count } groups are in play. Less is more: a small first circle agrees on what it wants, not only on what it rejects.
walk-note-no-impacted = warning: no directly impacted group is among them. Nothing about us without us: reach out to one now.
walk-ask-vision = Vision: where are we going together?
walk-ask-culture = Culture: how do we treat each other?
walk-ask-structure = Structure: the least we need to hold together
walk-ask-co-authors = Who writes the draft with you?
walk-note-no-co-author = No group is in dialogue yet: co-authors come from step 1 (`coal step contact`).
walk-note-impacted-pen = reminder: no directly impacted group co-authors the draft. Invite one to hold the pen: nothing about us without us.
walk-ask-date = Date of the assembly, like { $today }
walk-ask-place = Place: one the groups with the fewest resources can reach
walk-ask-invite = Whom do you invite?
walk-nobody-in-particular = nobody in particular
walk-ask-question = A question asked (Enter when there are no more)
walk-ask-answer-given = The answer given
walk-ask-asked-by = Asked by
walk-question-exists = question { $number } already asks that; answer it above, or run `coal step presentation --answer-question { $number }`
walk-question-just-recorded = you have just recorded it
walk-ask-joined = Which groups joined?
walk-ask-answered = Which open questions have you answered?
walk-ask-answer-to = The answer to: { $question }
walk-questions-hint = `coal steps` shows the questions with their numbers
walk-intro = Step { $number }: { $title }
walk-nothing-to-record = nothing to record for step { $step }
walk-nothing-to-record-hint = on a terminal `coal step { $step }` walks you through it; in a script give its flags (`coal step --help`), `--start` or `--done`
walk-saved = saved; { $why }
walk-recorded-as = recorded as question { $number }
walk-still-open = note: still open, to answer with `coal step presentation --answer-question N --answer TEXT`:
walk-warn-in-play = warning: { $count } groups are in play; less is more while the first circle forms
walk-step-status = step { $number } ({ $step }): { $status }
walk-next-line = Next: { $command }
walk-whom-none = no prospect is left to contact (opponents are never proposed): add groups with `coal add-group NAME`
walk-whom = whom to contact, impacted groups and allies first, then by interest and power:
walk-ask-answer-number = The answer given to question { $number }
walk-ask-answer-number-text = The answer given to question { $number }: { $text }
walk-no-open-question = no question is open: each one recorded has an answer
walk-no-open-question-hint = record a new question with its answer: `--question TEXT --answer TEXT`
walk-ask-which-question = Which question does it answer?
walk-flag-of-other-step = `{ $flag }` belongs to step { $number } ({ $step }), not to step { $asked_number } ({ $asked_step })
walk-question-already-asks = question { $number } already asks "{ $text }"
walk-question-already-asks-hint = to record its answer: `coal step presentation --answer-question { $number } --answer TEXT`
walk-question-twice = "{ $text }" is asked twice
walk-refuse-before-assembly = step 4 (presentation) cannot be done before the assembly of { $date } (today is { $today })
walk-refuse-before-assembly-hint = the draft is presented at the assembly: mark it done on that day or later; until then record questions and groups that joined
walk-refuse-undated = step 4 (presentation) cannot be done while the assembly where it takes place has no date
walk-refuse-undated-hint = record the assembly's date first: `coal step assembly --date YYYY-MM-DD` (a past date records an assembly already held)
walk-refuse-missing = step { $number } ({ $step }) cannot be done yet: it still needs { $needs }
walk-refuse-missing-hint = add them with `coal step { $step }` and its flags, or walk through it on a terminal

# The prompter (src/prompt)
walk-prompt-opening-editor = (opening your editor; save and close it to go on)
walk-prompt-keys-tick = press the space bar to tick, Enter to confirm, Esc to leave
walk-prompt-keys-choose = arrows to move, Enter to choose, Esc to leave
walk-prompt-yes-no-default-yes = { $question } [Y/n]
walk-prompt-yes-no-default-no = { $question } [y/N]
walk-prompt-stopped = stopped; nothing was written
walk-prompt-terminal-failed = the terminal failed at a prompt ({ $error }); nothing was written
walk-prompt-with-hint = { $prompt } ({ $hint })
walk-prompt-skipped = skipped
walk-prompt-yes = yes
walk-prompt-no = no
walk-prompt-enter-to-skip = Enter to skip
walk-prompt-needed = this one is needed
walk-prompt-enter-keeps = Enter keeps { $kept }
walk-prompt-enter-to-keep = Enter to keep
walk-prompt-none = none
walk-prompt-not-yes-or-no = `{ $answer }` is not yes or no
walk-prompt-missing = missing { $flag } ({ $prompt })
walk-prompt-missing-hint = give it as `{ $way }`; coal does not prompt under --no-input, in CI, or without a terminal

# end of walk

## reports: report kinds and their tables and markdown (helper D1)

report-none = none
report-none-yet = none yet
report-next = Next
report-overview-kind = Kind
report-overview-visibility = Visibility
report-overview-tactics = Tactics
report-overview-first-steps = First steps
report-overview-members = Members
report-overview-member-groups = member groups
report-overview-endorsing = groups endorsing publicly
report-overview-impacted = directly impacted
report-overview-impacted-share = { $count } ({ $percent } %)
report-overview-findings = Top findings of coal check
report-overview-no-findings = No problems found.
report-overview-command = Command
report-overview-today = today
report-overview-tomorrow = tomorrow
report-overview-in-days = in { $count } days
report-overview-next-assembly = Next assembly
report-overview-no-assembly = No assembly is to come yet.
report-overview-when = When
report-overview-when-value = { $day } ({ $to_go })
report-overview-where = Where
report-overview-place-not-chosen = not chosen yet
report-overview-invited = Invited
report-overview-nobody-yet = nobody yet
report-overview-answered = Answered
report-overview-not-heard = Not heard from yet
report-overview-no-feedback = Member groups, no feedback yet
report-overview-no-answer = Invited groups, no answer yet
report-overview-reviews = Decisions due for review
report-overview-none = None.
report-overview-review = Decision { $number }: { $summary } (taken { $taken }, review due { $review })
report-overview-questions = Open questions
report-overview-question = Question { $number }: { $question }
report-overview-asked-by = { $question } (asked by { $name })
report-yes = yes
report-no = no
report-groups-title = { $coalition }: groups
report-groups-name = name
report-groups-status = status
report-groups-participation = participation
report-groups-public = public
report-groups-impacted = impacted
report-groups-power = power
report-groups-interest = interest
report-groups-unpredictability = unpredictability
report-groups-members = members
report-groups-spectrum = spectrum
report-groups-spectrum-target = spectrum target
report-groups-roles = roles
report-groups-tactics = tactics
report-groups-offers = offers
report-groups-needs = needs
report-groups-counts = { $groups ->
        [one] { $groups } group
       *[other] { $groups } groups
    }: { $members ->
        [one] { $members } member
       *[other] { $members } members
    }, { $endorsing } publicly endorsing.
report-groups-public-none = No group endorses the coalition publicly yet.
report-groups-public-count = { $count ->
        [one] { $count } group endorses the coalition publicly.
       *[other] { $count } groups endorse the coalition publicly.
    }
report-power-title = { $coalition }: power and interest
report-power-manage-closely = Manage closely
report-power-manage-closely-advice = high power, high interest: the core partners; involve them in every key decision.
report-power-keep-satisfied = Keep satisfied
report-power-keep-satisfied-advice = high power, less interest: keep them on side with little effort asked; they can tip a campaign.
report-power-keep-informed = Keep informed
report-power-keep-informed-advice = high interest, less power: they care; share news, offer ways in, and amplify their voice.
report-power-monitor = Monitor
report-power-monitor-advice = low power, low interest: keep an eye out; things change.
report-power-unpredictable = { $name } (unpredictability { $unpredictability })
report-power-interest-low = interest 1-2
report-power-interest-high = interest 3-5
report-power-power-high = power 3-5
report-power-power-low = power 1-2
report-power-what-to-do = What to do
report-power-not-rated = Not rated yet
report-power-rate-them = Give these groups a power and an interest (
report-power-rate-them-after = ): { $names }.
report-power-chart-title = Power and interest
report-power-chart-description = Groups placed by interest (right) and power (up), in four quadrants: manage closely, keep satisfied, keep informed, monitor. { $partners } rated partners; { $opponents } opponents (in opposition or watched) apart, under the grid; { $unrated } not rated yet, not drawn. Colour and sign show the spectrum position; a diamond marks a group of impacted people.
report-power-opponents = Opponents and targets
report-power-no-opponents = No group is in opposition or watched.
report-power-opponents-intro = Groups in opposition or watched are not partners: they are in no quadrant above. Learn what they intend and what they have, to plan your own actions.
report-power-stands = stands
report-power-intentions = intentions
report-power-watched-at = watched, { $position }
report-power-watched = watched
report-spectrum-title = { $coalition }: spectrum of allies
report-spectrum-chart-title = Spectrum of allies
report-spectrum-chart-description = Five columns from active ally to active opposition; each placed group is a mark in its column, with a dashed arrow to the position it is aimed at (the target set, or the one step coal proposes). { $placed } groups placed, { $aimed } with a move to aim for.
report-spectrum-not-placed = Not yet placed
report-spectrum-place-them = { $names }. Where do they stand? Place each one (
report-spectrum-place-them-after = ) to see the move to aim for.
report-spectrum-target = target
report-spectrum-next-step = next step
report-spectrum-proposed = none set: proposed
report-spectrum-moves = Moves to aim for
report-spectrum-one-step = People and groups move one step at a time: aim to bring each one a single step closer, not to win over opponents at once. Where you set no target, coal proposes one step toward active ally (for opponents, in opposition or watched, and for groups that declined: one step toward neutral, never toward the allies); set your own with{" "}
report-spectrum-no-moves = No group has a move to aim for: every placed group stands where it is aimed, is an active ally, or is watched or declined and not in opposition.
report-resources-title = { $coalition }: shared resources
report-resources-heading = Resources
report-resources-group = group
report-resources-offers-needs = offers, needs
report-resources-offers = offers
report-resources-needs = needs
report-resources-intro = What each member group can offer and needs:
report-resources-who-gives = Who can give what to whom
report-resources-no-match = No member's need matches another member's offer yet.
report-resources-resource = resource
report-resources-from = from
report-resources-to = to
report-resources-offer = offer
report-resources-need = need
report-resources-details = details
report-resources-flow-details = offers { $offer }; needs { $need }
report-resources-boundaries-kept = No group is proposed to give to a group it has a boundary with, or to one using a tactic it draws a line at.
report-resources-concentration = Concentration
report-resources-concentrated = { $name } holds { $total ->
        [one] the members' only offer
       *[other] { $count } of the members' { $total } offers
    } ({ $percent } %). Sharing resources shares power: when one group brings most of them, it tends to end up leading.
report-resources-no-offer = No member offers anything yet.
report-resources-no-need = No member needs anything yet.
report-resources-offers-matched = Every member's offer is matched.
report-resources-needs-matched = Every member's need is matched.
report-resources-amplify = Amplify
report-resources-amplify-nothing = Members that offer nothing yet: { $names }. Resource sharing is there to amplify the voices of the groups with fewer resources: carry theirs furthest.
report-resources-amplify-fewest = The members with the fewest resources to offer: { $names }. Resource sharing is there to amplify the voices of the groups with fewer resources: carry theirs furthest.
report-resources-unmatched-offers = Offers not matched yet
report-resources-unmet-needs = Needs no member meets yet
report-resources-unmatched-offers-line = Offers not matched yet:
report-resources-unmet-needs-line = Needs no member meets yet:
report-resources-kept-apart = { $line } — the members offering it are kept apart from it by a boundary
report-resources-potential = Potential offers
report-resources-potential-intro = Groups not yet members could bring these; they are matched once they join:
report-resources-no-flow = No member's need matches another member's offer yet: there is no flow to draw.
report-resources-flows-drawn = The chart draws the first { $drawn } of the { $count } flows; the table lists them all.
report-resources-chart-title = Resources: who can give what to whom
report-resources-chart-description = { $count } proposed flows of resources ({ $kinds }), each from a member group that offers to one that needs; the same in the table below.
report-tactics-title = { $coalition }: tactics
report-tactics-intensity = intensity
report-tactics-used-by = used by
report-tactics-boundaries = boundaries
report-tactics-description = description
report-tactics-spread = Intensity spread
report-tactics-intensity-level = intensity { $level }
report-boundaries-title = { $coalition }: boundaries
report-boundaries-against = against
report-boundaries-level = level
report-boundaries-reason = reason
report-boundaries-against-group = group { $name }
report-boundaries-against-tactic = tactic { $name }
report-boundaries-intro = A boundary is a line a group will not cross, even with groups it agrees with. The coalition respects them: groups with a boundary between them are not seated together.
report-boundaries-crossed = Crossed
report-boundaries-none-crossed = No boundary is crossed.
report-boundaries-tension = Tactics in tension
report-boundaries-no-tension = No group draws a line at a tactic a member uses.
report-boundaries-advice = { $count ->
        [one] { $holder } draws a line at { $tactic }, which { $users } uses. Respect it both ways: { $holder } stays out of it and does not denounce it in public; { $users } does not ask { $holder } to take part or to lend its name.
       *[other] { $holder } draws a line at { $tactic }, which { $users } use. Respect it both ways: { $holder } stays out of it and does not denounce it in public; { $users } do not ask { $holder } to take part or to lend its name.
    }
report-structure-title = { $coalition }: structure
report-structure-kind = kind
report-structure-groups = groups
report-structure-purpose = purpose
report-structure-steering = steering group
report-structure-committee = committee
report-structure-space = space ({ $medium })
report-structure-no-space = Members in no space
report-structure-no-member = No member group yet.
report-structure-all-spaced = Every member group is in at least one communication space.
report-structure-bring-them = { $names }. Bring them into a space: groups that talk learn from each other.
report-structure-point-builders = Point builders
report-structure-no-point-builder = Nobody is in two groups yet. People active in several groups translate between their ways of working: look for them.
report-structure-steering-seat = groups with a steering seat
report-structure-co-authors = co-authors of the draft
report-structure-consulted = groups consulted on decisions
report-structure-impacted-share = { $impacted } of { $total } impacted ({ $percent } %)
report-structure-leadership = Leadership of the impacted
report-structure-leadership-intro = Directly impacted groups should be more than counted: see that they hold seats, the pen and a voice in decisions.
report-feedback-title = { $coalition }: feedback
report-feedback-intro = Hearing from every member group keeps the coalition honest; the agreement is at least every { $days } days.
report-feedback-latest = latest
report-feedback-days-ago = days ago
report-feedback-by = by
report-feedback-text = text
report-feedback-who = Who to hear from
report-feedback-ask = Ask them how the coalition works for them, then{" "}
report-feedback-never = Not heard from yet: { $names }.
report-feedback-overdue = Not heard from in the last { $days } days: { $names }.
report-feedback-all-heard = Every member group has been heard from in the last { $days } days.
report-feedback-no-members = No member groups yet.
report-steps-title = { $coalition }: the four first steps
report-steps-number = number
report-steps-step = step
report-steps-started = started
report-steps-finished = finished
report-steps-done-so-far = done so far
report-steps-vision = vision
report-steps-culture = culture
report-steps-structure = structure
report-steps-written = written: { $parts }
report-steps-co-authors = co-authors include { $names }
report-steps-date = date: { $date }
report-steps-place = place: { $place }
report-steps-joined = joined: { $names }
report-separator = ;{" "}
report-steps-questions = Questions asked at the presentation
report-steps-no-questions = No questions recorded yet.
report-steps-not-answered = not answered yet
report-steps-question = question
report-steps-asked-by = asked by
report-steps-answer = answer
report-steps-timeline-heading = The four first steps
report-steps-timeline-title = The four first steps on a line of time
report-steps-assembly = assembly
report-steps-start = start
report-steps-place-column = place
report-steps-no-assembly = No assembly is dated yet.
report-steps-assemblies = The assemblies:
report-steps-not-started = not started
report-steps-in-progress = in progress
report-steps-done = done
report-steps-timeline-step = step { $number } { $status }
report-steps-timeline-description = { $steps }; { $assemblies ->
        [0] no assembly dated
        [one] 1 assembly
       *[other] { $assemblies } assemblies
    }; today is { $today }. The same in the tables below.
report-network-title = { $coalition }: network
report-network-heading = Network
report-network-no-ties = No two groups share a committee, a space or a person yet.
report-network-linked-through = linked through
report-network-unlinked = Not linked to any other group yet:
report-network-committee = committee { $name }
report-network-person = person { $name }
report-network-space = space { $name }
report-network-chart-title = Groups linked by committees, spaces and people
report-network-chart-description = { $groups ->
        [one] { $groups } group
       *[other] { $groups } groups
    } and { $ties ->
        [one] { $ties } tie
       *[other] { $ties } ties
    }: two groups are linked when they sit on the same committee, share a space, or a person belongs to both. A tie of more than { $pairs } groups is drawn as a small square with a line to each of its groups. The table under the chart lists every tie and its groups.
report-kind-overview = the coalition at a glance, and the next thing to do
report-kind-groups = every group with its status, scores, roles, tactics and resources
report-kind-power = partners by power and interest, and the opponents apart
report-kind-resources = who offers and needs what, and who can give what to whom
report-kind-tactics = who uses each tactic, and the lines groups draw at some
report-kind-boundaries = every boundary, and where one is crossed
report-kind-spectrum = the spectrum of allies, and the next move for each group
report-kind-structure = committees and spaces, and the leadership of impacted groups
report-kind-feedback = the latest feedback of each member, and who has not been heard
report-kind-steps = the four first steps, and the questions asked at the presentation
report-kind-invitation = a ready-to-send invitation to the next assembly
report-kind-draft = the draft of step 2, ready to share
report-kind-handout = the coalition for everyone, to print or send: always public, whatever --audience says
report-kind-map = one page of charts for the organizers: power, spectrum, resources, links, steps
report-kind-network = how groups are linked by committees, spaces and people in two groups
report-format-table = for reading at the terminal
report-format-markdown = to paste into a document, an email or a pull request
report-format-json = for scripts
report-format-csv = for spreadsheets
report-format-ics = a calendar event (the invitation)
report-format-html = one page to open in a browser, print or attach to an email
report-format-svg = the chart alone, as a picture
report-audience-internal = for the coalition's organizers: everything
report-audience-public = to share outside: only member groups that endorse the coalition publicly, nothing internal
report-markdown-field = - **{ $key }:** { $value }
report-structure-point-builder = { $name }: { $groups }

# end of reports

## documents: handout, invitation, draft, map, HTML, SVG, ICS (helper D2)

# The handout (src/report/build/handout.rs)
handout-vision = Where we are going
handout-culture = How we work together
handout-structure = How we organize
handout-draft = Our vision, culture and structure
handout-agreed = What we agreed on
handout-take-part = Ways to take part
handout-participation = Each group takes part as far as its means allow: a small group with few resources is as welcome as a large one.
handout-endorsing = Groups that endorse the coalition
handout-questions = Questions asked at the presentation
handout-no-answer-yet = We are still working on the answer.
handout-next-assembly = The next assembly
handout-no-assembly = No assembly is planned yet. The member groups will tell you when the next one is.
handout-agenda = Agenda
handout-join = How to join
handout-join-talk-to-us = Talk to us: tell us about your group, what it cares about and what it can bring.
handout-join-talk-to-a-group = Talk to one of the groups above: tell them about your group, what it cares about and what it can bring.
handout-join-come-and-tell = Come to the next assembly, and let us know you are coming (see RSVP above).
handout-join-come = Come to the next assembly: every group that shares the unity statement is welcome.
handout-join-come-later = Come to the next assembly once it is announced.
handout-join-choose = Choose how far your group takes part, and whether it says so in public: joining does not mean endorsing everything, or endorsing out loud.

# The invitation (src/report/build/invitation.rs), its ICS summary and description
invitation-title = You are invited to the assembly of { $coalition }
invitation-what-happens-first = We will present a first draft of our vision, culture and structure, answer your questions, and welcome every group that wants to join.
invitation-what-happens-later = We will take stock of what the coalition has done since the last assembly, decide together what comes next, and welcome every group that wants to join.
invitation-taking-part = Each group takes part as far as it can and does not have to endorse the coalition publicly.
invitation-when = When
invitation-when-unknown = date to be announced
invitation-when-from-to = { $day }, { $start } to { $end }
invitation-when-from = { $day }, from { $start }
invitation-when-until = { $day }, until { $end }
invitation-where = Where
invitation-languages = Languages
invitation-accessibility = Accessibility
invitation-rsvp = RSVP
invitation-why = Why we come together
invitation-vision = The draft vision
invitation-what-will-happen = What will happen
invitation-agenda = Agenda
invitation-summary = { $coalition }: assembly
invitation-description-vision = The draft vision: { $vision }
invitation-description-agenda = Agenda: { $agenda }
invitation-description-field = { $label }: { $value }

# The draft of step 2 (src/report/build/draft.rs)
doc-draft-title = { $coalition }: our draft of vision, culture and structure
doc-draft-why = Why we come together
doc-draft-vision = Vision: where we are going
doc-draft-culture = Culture: how we work together
doc-draft-structure = Structure: how we organize
doc-draft-not-yet = Not written yet.
doc-draft-written-by = Written together by
doc-draft-no-co-author = No group has been named as a co-author yet.
doc-draft-agreed = What we agreed on
doc-draft-take-part = Ways to take part
doc-draft-participation = Each group takes part as far as its means allow, so that groups with the fewest resources can be part of the coalition too.

# The map (src/report/build/map.rs)
doc-map-title = { $coalition }: map
doc-map-intro = For the organizers: who has power and interest, where each group stands and is aimed, what flows between groups, how they are linked, where the four steps are, and what coal check finds. Internal: it names every group and its ratings; to share outside, make the handout (coal report handout).
doc-map-yes = yes
doc-map-no = no
doc-map-not-placed = not placed
doc-map-quadrant-manage = manage closely
doc-map-quadrant-satisfy = keep satisfied
doc-map-quadrant-inform = keep informed
doc-map-quadrant-monitor = monitor
doc-map-not-rated = not rated yet
doc-map-column-group = group
doc-map-column-power = power
doc-map-column-interest = interest
doc-map-column-spectrum = spectrum
doc-map-column-impacted = impacted
doc-map-column-quadrant = quadrant
doc-map-column-position = position
doc-map-column-target = target
doc-map-column-severity = severity
doc-map-column-code = code
doc-map-column-where = where
doc-map-column-message = message
doc-map-power = Power and interest
doc-map-opponents = Opponents and targets (in opposition or watched), in no quadrant:
doc-map-no-opponents = No group is in opposition or watched.
doc-map-spectrum = Spectrum of allies
doc-map-target-proposed = { $target } (proposed)
doc-map-no-move = no move
doc-map-not-placed-yet = Not placed yet: { $groups }.
doc-map-findings = Findings of coal check
doc-map-no-findings = No problems found.

# The HTML page (src/report/render/html.rs)
doc-html-contents = Contents
doc-html-footer = Made with coal, the coalition planner.

# The charts drawn in SVG (src/report/render/svg)
doc-svg-nothing-to-draw = This report has no chart to draw.
doc-svg-not-placed = not placed
doc-svg-not-placed-yet = not placed yet
doc-svg-impacted-mark = a group of impacted people (diamond); others are circles
doc-svg-power-none = No group is rated yet: nothing to place.
doc-svg-power-how = Give groups a power and an interest: coal update-group ID --power N --interest N
doc-svg-power-satisfy = Keep satisfied
doc-svg-power-manage = Manage closely
doc-svg-power-monitor = Monitor
doc-svg-power-inform = Keep informed
doc-svg-power-axis-interest = interest →
doc-svg-power-axis-power = power →
doc-svg-power-not-rated = not rated
doc-svg-power-details = { $group }: power { $power }, interest { $interest }, { $position }
doc-svg-power-details-impacted = { $group }: power { $power }, interest { $interest }, { $position }, impacted
doc-svg-power-opponents = Opponents and targets (in opposition or watched): in no quadrant
doc-svg-power-no-opponents = No group is in opposition or watched.
doc-svg-spectrum-none = No group is placed on the spectrum yet: nothing to draw.
doc-svg-spectrum-how = Place groups: coal update-group ID --spectrum POSITION
doc-svg-spectrum-arrow = from where a group stands to the position it is aimed at (dashed ring)
doc-svg-network-none = No group yet: nothing to link.
doc-svg-network-full = { $group } ({ $position })
doc-svg-network-full-impacted = { $group } ({ $position }, impacted)
doc-svg-network-committee = linked by a committee
doc-svg-network-person = by a person in both
doc-svg-network-space = by a space
doc-svg-network-several = by several things
doc-svg-network-impacted = impacted
doc-svg-network-hub = shared by many groups
doc-svg-flows-signs = Signs:
doc-svg-flows-lines = Lines:
doc-svg-timeline-today = today { $date }
doc-svg-timeline-today-title = today, { $date }
doc-svg-timeline-step = { $number }. { $title }: { $status }
doc-svg-timeline-step-from = { $number }. { $title }: { $status }, from { $started }
doc-svg-timeline-step-to = { $number }. { $title }: { $status }, to { $finished }
doc-svg-timeline-step-from-to = { $number }. { $title }: { $status }, from { $started }, to { $finished }

doc-svg-power-opponent-label = { $group } · power { $power }
doc-svg-flows-offers = offers
doc-svg-flows-needs = needs
doc-svg-timeline-legend-done = done
doc-svg-timeline-legend-in-progress = in progress (to today)
doc-svg-timeline-legend-assembly = assembly
doc-svg-timeline-legend-today = today
doc-svg-spectrum-title-aimed = { $group }: stands { $at }, aimed at { $aim }
doc-svg-spectrum-title-stays = { $group }: stands { $at }, no move to aim for
doc-svg-network-hub-title = { $kind } { $name } ({ $count } groups)
time = { $hour ->
       *[other] { $minute ->
           *[other] { $hh }:{ $mm }
        }
    }
number = { $n }
# end of documents

## help: glossary and help topics (helper E)

glossary-intro = The words coal uses, and what they mean. `coal COMMAND --help` shows the same meanings where each word is chosen.
glossary-entry = { $word }: { $meaning }
glossary-word-label = { $word } ({ $label })
glossary-step = { $step } ({ $number })
glossary-ideas = Ideas
glossary-statuses = Statuses: where a group stands with the coalition (--status)
glossary-participation = Participation levels: how much a member group takes part (--participation)
glossary-spectrum = Spectrum of allies: where a group stands on the cause (--spectrum, --spectrum-target)
glossary-roles = Roles: Bill Moyer's four roles of social activism (--role)
glossary-resources = Resource types: what groups offer and need (--offer, --need)
glossary-boundary-levels = Boundary levels: how firm a group's line is (add-boundary --level)
glossary-kinds = Coalition kinds: how closely the groups work together (--kind)
glossary-visibility = Visibility: whether the coalition has a public identity (--visibility)
glossary-rules = Decision rules: how a decision was taken (--rule)
glossary-steps = The four first steps (coal step NAME)
glossary-step-statuses = Step statuses: how far a step is
glossary-reports = Reports (coal report KIND)
glossary-checks = Checks: what coal check looks for
glossary-unity = unity statement
glossary-unity-meaning = why the groups come together despite their disagreements
glossary-impacted = impacted
glossary-impacted-meaning = a group of the people most affected by the issue, or marginalized: nothing about us without us
glossary-power = power
glossary-power-meaning = how much weight a group carries: numbers, money, reach, the people it speaks for (1 to 5)
glossary-interest = interest
glossary-interest-meaning = how much a group cares about the cause (1 to 5)
glossary-unpredictability = unpredictability
glossary-unpredictability-meaning = how hard it is to tell what a group will do (1 to 5); sometimes useful
glossary-space = communication space
glossary-space-meaning = where groups talk with each other: a chat, an email list, a monthly call
glossary-committee = committee
glossary-committee-meaning = a working group with a mandate; the steering group is the trusted one that keeps things moving
glossary-point-builder = point builder
glossary-point-builder-meaning = a person in two or more groups, who links them
glossary-boundary = boundary
glossary-boundary-meaning = a line a group will not cross: working with a given group, or taking part in a tactic
glossary-tactics = diversity of tactics
glossary-tactics-meaning = each group keeps its own tactics, and no group condemns another's
glossary-no-denouncing = no public denouncing
glossary-no-denouncing-meaning = member groups agree not to denounce each other in public
# end of help

## history: coal history and the spectrum's moves since then (issue 19)

# --since and --until (src/model/history.rs)
history-bound-empty = give a revision (a commit, branch or tag) or a day written YYYY-MM-DD
history-bound-bad-date = `{ $date }` is written like a day but is no day of the calendar
history-bound-dash = `{ $rev }` is not a revision: a revision does not start with `-`
# What each field history follows tells (--help of --field)
history-field-status = where the group stands with the coalition (prospect, member, left...)
history-field-participation = how the group takes part (core, active, occasional...)
history-field-spectrum = where the group stands on the spectrum of allies
history-field-spectrum_target = where the organizers aim to move the group on the spectrum
history-field-power = how much power the group has, from 1 to 5
history-field-interest = how much the group cares about the issue, from 1 to 5
history-field-unpredictability = how hard the group is to predict, from 1 to 5
history-field-impacted = whether the group's people are directly impacted
history-field-public = whether the group endorses the coalition in public
# Reading git (src/git/history.rs)
history-not-in-git = { $file } is not in a git repository, so it has no history to read
history-not-in-git-hint = to keep its history from now on: `git init`, `git add { $file }`, `git commit -m "Start the coalition file"`
history-untracked = git does not track { $file }, so it has no history to read
history-untracked-hint = commit it first: `git add { $name }` then `git commit -m "Add the coalition file"`
history-log-failed = git could not list the commits of the file: { $reason }
history-log-failed-hint = a revision is a commit, a branch or a tag (`git log --oneline` lists them); a day is written YYYY-MM-DD
history-blob-missing = git has no object { $blob }
history-not-utf8 = the file is not UTF-8 text
history-cat-file-failed = reading the versions from git failed: { $reason }
history-cat-file-ended = git cat-file stopped answering
# The lead's fixes after review
history-until-before-since = `--until { $until }` comes before `--since { $since }`: no commit can be in between
history-until-before-since-hint = give the older bound to `--since` and the newer to `--until`
history-no-such-revision = `{ $rev }` is no commit, branch or tag git knows in this repository
history-groups-not-a-table = `groups` is not a table of groups
history-group-not-a-table = `groups.{ $id }` is not a table
history-starts-in = the history of { $file } starts in commit { $commit }, which has earlier commits: if the file had another name or folder before, that part is not read (`git log --follow -- '{ $file }'` shows it)
history-shallow = this clone is shallow: the history starts at commit { $commit }, and its groups are where it starts, not groups added (`git fetch --unshallow` reads the rest; in CI, fetch the whole history)
# H2 (history proven on real git)
history-no-commit = the repository of { $file } has no commit yet, so the file has no history to read
history-no-commit-hint = commit it first: `git commit -m "Add the coalition file"` (after `git add { $name }`)
# coal history (src/commands/history.rs)
history-internal = history is internal: it tells who moved and why, so it has no public version
history-internal-hint = leave out `--audience public`; share a public report instead, such as `coal report groups --audience public`
history-progress = commits read
history-no-such-group = no group `{ $group }` in the file or in its history
history-no-such-group-hint = `coal list groups` shows the ids; an id a group had before a rename works too
history-skipped = skipped commit { $commit } ({ $date }, “{ $reason }”): the file does not parse there ({ $error }); its changes are told with the next version that parses
history-uncommitted = the file has changes not committed yet; they are not in this history (`coal diff --since HEAD` shows them)
history-none = none
history-yes = yes
history-no = no
history-label-status = status
history-label-participation = participation
history-label-spectrum = spectrum
history-label-spectrum_target = spectrum_target
history-label-power = power
history-label-interest = interest
history-label-unpredictability = unpredictability
history-label-impacted = impacted
history-label-public = public
history-field-value = { $field } { $value }
history-moved = { $field }: { $old } → { $new }
history-added = added to the file
history-added-with = added to the file ({ $fields })
history-removed = removed from the file
history-renamed = new id: { $old } → { $new }
history-joined = { $moved } (joined)
history-left = { $moved } (a departure)
history-heading-date = date
history-heading-group = group
history-heading-change = change
history-heading-author = by
history-heading-reason = why (the commit's subject)
history-heading-commit = commit
history-nothing = No change of a group in { $commits ->
        [one] the one commit
       *[other] { $commits } commits
    } of the file read.
history-nothing-for = No change of `{ $group }` in { $commits ->
        [one] the one commit
       *[other] { $commits } commits
    } of the file read.
# report --since (H1)
report-since-kind = `--since` does not apply to the { $kind } report.
report-since-kind-hint = Moves since a revision or a day are shown by these reports: { $kinds }.
report-since-public = `--since` is refused with `--audience public`: how groups moved is internal.
report-since-public-hint = Drop `--audience public` to see the moves, or drop `--since` for a public report.
report-since-heading = Moves since { $since }
report-since-uncommitted = The file has changes not yet committed: "now" is the file as it is.
report-since-none = No group moved on the spectrum since { $since }.
report-since-closer = Moved closer (toward active ally):
report-since-away = Moved away (toward active opposition):
report-since-placed = Placed since { $since }:
report-since-then = then
report-since-now = now
report-since-trail = trail
report-since-trail-more = { $count ->
        [one] 1 more position
       *[other] { $count } more positions
    }
report-since-not-in-the-file = not in the file
report-since-not-placed = not placed
doc-map-column-since = since { $since }
doc-map-since-placed = placed: { $trail }
doc-map-since-stayed = did not move
doc-svg-spectrum-trail = { $group }: since { $since }, { $trail }
doc-svg-spectrum-trail-key = where a group stood since { $since } (hollow marks), step by step, to where it stands now
# report --since (F1): the file at the bound, moves that came back, groups that left
report-since-base-unreadable = the file as it was at `--since` does not parse, so where groups stood then is unknown: { $error }
report-since-base-unreadable-hint = pick a revision or a day where the file was sound (`coal history` lists its versions)
report-since-no-base = The file was not in git at { $since }: every group counts as added since.
report-since-skipped = { $count ->
        [one] 1 version of the file did not parse and was skipped
       *[other] { $count } versions of the file did not parse and were skipped
    }: { $commits }.
report-since-back = Moved and came back:
report-since-gone = Placed at { $since }, not placed now:
doc-map-since-added = added: { $trail }
doc-map-since-back = moved and came back: { $trail }
doc-map-since-gone = Placed at { $since }, not placed now: { $groups }.
doc-map-since-gone-one = { $removed ->
        [yes] { $group } (was { $then }, left the file)
       *[no] { $group } (was { $then }, no longer placed)
    }
doc-svg-spectrum-trail-earlier = +{ $count } earlier
report-since-shallow = This clone is shallow: its history starts at commit { $commit }, so where groups stood before it is unknown (`git fetch --unshallow` reads the rest; in CI, fetch the whole history).
report-since-starts-in = The history of the file starts in commit { $commit }, which has earlier commits: if the file had another name or folder before, where groups stood then is not read.
# end of history

## private: the private overlay, its seal, and the private commands (issue 20)

# The overlay: finding, merging, splitting (src/store/private.rs)
private-organizers-sealed-for = The private overlay is sealed for:
private-merge-unvouched = { $name }: the merged organizers hold a key that neither side's sealed overlay was sealed for ({ $keys }): it was written into [coalition] organizers by hand, not with `coal private recipients add`. The overlay is left unmerged; check who added it (`git log -p coalition.toml`), then remove it or add it with `coal private recipients add`.
private-linked = { $file } is a link: coal does not write private data through a link, which could lead it into a file git tracks. Nothing was changed.
private-linked-hint = Put the real file in its place (`cp --remove-destination "$(readlink -f FILE)" FILE`), or remove the link if you did not make it.
private-stale-copy = Note: { $file } is the working copy of a merge no longer under way (aborted, or done since), or of another sealed overlay than the one here; coal read the sealed file. Delete it, or, if it holds a resolution you mean to keep, delete its first line and run `coal private seal`.
private-in-shared-assembly-notes = An assembly's notes are internal, yet the shared file holds them. Any edit moves them to the private overlay.
check-private-withheld = { $count } findings name private groups and are not shown here, where anyone who can see this run would read them. Run `coal check` where the private overlay's key is.
private-working-copy = Note: { $file } is a plain working copy beside the sealed overlay: coal reads it, and edits go to it, until `coal private seal` seals it (the sealed file, what git has, is behind it until then).
private-organizers-changed-finding = These are not the keys the private overlay is sealed for: someone changed who may read it outside `coal private`. Edits are refused until `coal private recipients add|remove` (or `coal private seal`) makes the change, or the list is put back.
private-organizers-changed = The organizer keys in { $shared } are not those { $sealed } is sealed for: someone changed who may read the private data outside `coal private`. Nothing was changed.
private-organizers-changed-hint = Put [coalition] organizers back as it was (`git log -p coalition.toml` shows who changed it); then, if the change is meant, make it yourself with `coal private recipients add KEY` or `remove KEY`.
private-cannot-edit = Cannot edit: the private overlay { $file } is sealed and was not opened ({ $why }). Nothing was changed.
private-no-organizers = { $file } lists no organizer key under [coalition] organizers, so the private overlay cannot be sealed again.
private-no-organizers-hint = Add one with `coal private recipients add KEY` (an age key `age1…` or an SSH public key).
private-bad-organizer = { $file }: the organizer key "{ $key }" cannot be used: { $why }
private-bad-organizer-hint = Each key under [coalition] organizers is an age public key (`age1…`) or an SSH public key line (`ssh-ed25519 AAAA…`).
private-no-key = no key of yours was found to open { $file }
private-no-key-hint = Set COAL_AGE_IDENTITY to your age identity file (or keep your SSH key in ~/.ssh/id_ed25519), then ask an organizer to add your public key with `coal private recipients add KEY`.
private-not-read = Private data not read ({ $file }): { $why }. coal works on the shared file alone.
private-in-shared-group = Group `{ $id }` does not endorse the coalition publicly, yet the shared file holds it. Any edit moves it to the private overlay.
private-in-shared-field = `{ $field }` of group `{ $id }` is internal, yet the shared file holds it. Any edit moves it to the private overlay.
private-in-shared-person = Person `{ $id }` is internal, yet the shared file holds them. Any edit moves them to the private overlay.
private-in-shared-feedback = Feedback is internal, yet the shared file holds it. Any edit moves it to the private overlay.
private-in-shared-id = The shared file names `{ $id }`, a group that is not public. Any edit moves it to the private overlay.
private-both-give = `{ $path }` is given both in { $shared } and in { $overlay }: coal cannot tell which is right.
private-both-give-hint = Keep it in one of the two files (internal data belongs in { $overlay }).

# Reading without the overlay: checks that need it (src/check, src/commands/check.rs)
check-private-skipped = The private overlay was not read: the checks that judge the whole membership were skipped ({ $codes }).

# The seal: age, identities, recipients (src/store/seal.rs)
seal-recipient-bad-age = `{ $key }` is not an age public key (an age key is `age1` followed by 58 letters and digits, as `age-keygen -y` prints it)
seal-recipient-bad-ssh = `{ $key }` is not a readable SSH public key (give the whole line of the `.pub` file, such as `ssh-ed25519 AAAA… name@laptop`)
seal-recipient-private = this is a private key, which must stay with its owner: give the public key instead (`age-keygen -y KEY-FILE`, or the line of `~/.ssh/id_ed25519.pub`)
seal-recipient-unknown = `{ $key }` is neither an age public key (`age1…`) nor an SSH public key (`ssh-ed25519 …`, `ssh-rsa …`)
seal-recipient-rsa-small = this ssh-rsa key is shorter than 2048 bits, too weak to seal with: ask for an ed25519 key (`ssh-keygen -t ed25519`)
seal-recipient-rsa-large = this ssh-rsa key is longer than age supports (16384 bits): ask for an ed25519 key (`ssh-keygen -t ed25519`)
seal-recipient-ssh-unsupported = age cannot seal to { $kind } keys, only to ssh-ed25519 and ssh-rsa ones: ask for an ed25519 key (`ssh-keygen -t ed25519`) or an age key (`age-keygen`)
seal-identity-missing = COAL_AGE_IDENTITY names { $path }, which does not exist
seal-identity-missing-hint = set COAL_AGE_IDENTITY to the file holding your private key (made by `age-keygen -o FILE`, or your SSH key such as `~/.ssh/id_ed25519`), or to the key itself
seal-identity-unreadable = { $source } cannot be read: { $reason }
seal-identity-not-key = { $source } holds no private key coal can read
seal-identity-not-key-hint = give coal an age key file (`age-keygen -o FILE`) or an SSH ed25519 or RSA private key in OpenSSH format, through COAL_AGE_IDENTITY
seal-identity-public = { $source } holds a public key, not a private one
seal-identity-public-hint = set COAL_AGE_IDENTITY to the private key file (made by `age-keygen -o FILE`; the public key is only what others seal to)
seal-identity-protected = { $source } is protected by a passphrase, and coal asks for it only on a terminal
seal-identity-protected-hint = run the command on a terminal to type it; for CI or a script, make coal a key of its own without a passphrase (`age-keygen -o ~/.config/coal/key.txt`), keep it as a secret in COAL_AGE_IDENTITY, and ask an organizer who can read the private data to run `coal private recipients add` with its public key (`age-keygen -y ~/.config/coal/key.txt`)
seal-identity-unsupported = { $source } is a kind of SSH key age cannot use (only ed25519 and RSA keys, not security keys)
seal-no-recipients = there is no one to seal the private data to
seal-no-recipients-hint = add at least one organizer's public key: `coal private recipients add AGE-OR-SSH-PUBLIC-KEY`
seal-failed = the private data could not be sealed: { $reason }
seal-damaged = { $path } is not a readable sealed file (age): { $reason }
seal-damaged-hint = the file may be damaged or cut short; take it back from git (`git checkout -- FILE`) or from an organizer's copy
seal-passphrase = { $path } is sealed with a passphrase, and coal reads only files sealed to organizers' keys
seal-passphrase-hint = open it with `age -d`, then seal it again with `coal private seal --recipient KEY`
seal-not-yours = none of your keys ({ $source }) is among the recipients of { $path }
seal-not-yours-hint = ask an organizer who can read it to run `coal private recipients add { $key }`
seal-not-text = { $path } opens, yet what it holds is not UTF-8 text

# coal private init, seal, recipients (src/commands/private.rs)
private-init-exists = There is already a private overlay: { $file }.
private-init-exists-hint = Every edit already routes internal data there; `coal check` says what the shared file still holds.
private-init-nothing = nothing: the file holds no internal data
private-init-would-move = Would move to { $file }:
private-init-moved = Moved to { $file }:
private-init-ignored = Added { $file } to { $ignore }, so that git leaves it out.
private-init-already-ignored = { $ignore } already keeps { $file } out of git.
private-init-would-ignore = Would add { $file } to { $ignore }, so that git leaves it out.
private-init-next = Next: seal it for the organizers, `coal private seal --recipient KEY` (an age key or an SSH public key), and commit the .age file. Commits made before this one still hold what moved: if the repository was ever shared, treat that data as known.
private-seal-no-overlay = There is no private overlay beside { $file } to seal.
private-seal-no-overlay-hint = Run `coal private init` first: it moves the internal data into its own file.
private-seal-no-organizer = { $file } lists no organizer key, so there is no one to seal the private overlay for.
private-seal-no-organizer-hint = Give your public key: `coal private seal --recipient "$(cat ~/.ssh/id_ed25519.pub)"` (or an age key made by `age-keygen`).
private-bad-key = Key { $number } of those given cannot be used: { $why }. Nothing was changed.
private-seal-would = Would seal the private overlay to { $count ->
        [one] { $count } key
       *[other] { $count } keys
    } in { $file }.
private-seal-locked-out = None of your keys ({ $source }) is among the organizers': once sealed, you could not open the private overlay yourself. Add your public key with `coal private recipients add KEY`.
private-seal-no-key-of-yours = No key of yours was found (COAL_AGE_IDENTITY, or ~/.ssh/id_ed25519): on this machine you could not open the sealed overlay.
private-seal-key-unusable = Your key cannot open the sealed overlay: { $why }. Until you give coal one it can use, you could not read the private data on this machine.
private-seal-done = Sealed the private overlay for { $count ->
        [one] { $count } key
       *[other] { $count } keys
    }: { $file }.
private-seal-removed = Removed the plain copy, { $file }.
private-seal-commit = Commit both: `git add { $shared } { $file }`, then `git commit`.
private-recipients-already = { $count ->
        [one] That key is
       *[other] { $count } of those keys are
    } already among the organizers'.
private-recipients-unknown = The key { $key } is not among the organizers' keys in { $file }. Nothing was changed.
private-recipients-are = The organizers' keys are:
private-recipients-none = The file lists no organizer key yet.
private-recipients-last = Cannot remove the last organizer key: no one could open the private overlay any more. Nothing was changed.
private-recipients-last-hint = Add the key of the organizer who takes over first (`coal private recipients add KEY`), then remove this one.
private-recipients-history = Only the versions sealed from now on are closed to the removed key: those already in git (its history, every clone) stay readable with it.
private-recipients-saved = The organizers' keys are now { $count }.
private-recipients-no-overlay = There is no private overlay yet: `coal private init` makes one, `coal private seal` seals it for these keys.
private-recipients-not-sealed = The private overlay is not sealed yet: `coal private seal` seals it for these keys.
private-recipients-working-copy = The private overlay has a plain working copy, { $file }: `coal private seal` seals it for these keys.
private-organizer-unusable = not a public key the private overlay can be sealed to: { $why }. Each organizer key is an age key (`age1…`) or an SSH public key line.
update-group-public-shows = Group `{ $id }` is private. Made public, its { $fields } will be written in { $file }, which everyone with the repository reads.
update-group-public-keeps = Its { $fields } stay in { $overlay }.
update-group-public-ask = Make `{ $id }` public?
update-group-public-kept = Nothing changed: `{ $id }` stays private.

# git: overlay-tracked, the merge of sealed overlays, coal diff (src/commands/check.rs, merge_driver.rs, diff.rs)
private-git-tracked = git tracks { $file }, the private data in plain text: anyone with the repository can read it. Run `git rm --cached { $file }` (the file stays here; .gitignore keeps it out afterwards) and commit; git's history still holds it, so change what leaked (contacts, notes) and tell those it concerns.
private-git-not-ignored = git does not ignore { $file }, the private data in plain text: a `git add .` would commit it. Add the line `{ $file }` to .gitignore.
private-merge-copy-exists = coal: cannot merge { $name }: { $plain } is here, a working copy that may hold edits not sealed yet. Leave the merge (`git merge --abort`), seal it (`coal private seal`) and commit, or remove it; then merge again.
private-merge-no-key = coal: cannot merge { $name }: no key of yours was found to open it (set COAL_AGE_IDENTITY, or keep your SSH key in ~/.ssh/id_ed25519). git marks it as a conflict; nothing was written in plain text.
private-merge-cannot-open = coal: cannot merge { $name }: { $why }. git marks it as a conflict; nothing was written in plain text.
private-merge-whole = coal: { $side } of { $name } is not an overlay coal can merge as data; each side is written whole between the markers.
private-merge-not-ignored = coal: { $name } has conflicts, and git does not ignore { $plain }, where they would be written in plain text, so nothing was written. Add the line `{ $plain }` to .gitignore, leave the merge (`git merge --abort`) and merge again.
private-merge-conflicts = coal: { $count ->
        [one] { $count } conflict
       *[other] { $count } conflicts
    } in { $name }, marked in { $plain } (plain text, ignored by git). Resolve them there, then `coal private seal`, `git add { $name }`, and commit. { $name } holds our side, sealed, until then.

# Keys locked with a passphrase, asked for on a terminal (src/store/seal.rs, src/prompt)
seal-passphrase-ask = Passphrase for { $source }:
seal-passphrase-ask-again = Wrong passphrase. Passphrase for { $source }:
seal-passphrase-none = no passphrase was given for { $source }
seal-passphrase-none-hint = run the command again and type the key's passphrase (nothing shows as you type), then Enter
seal-passphrase-wrong = the passphrase typed for { $source } was wrong { $tries } times
seal-passphrase-wrong-hint = run the command again with the right passphrase; a key whose passphrase is lost opens nothing: make a new key and ask an organizer who can read the private data to run `coal private recipients add` with its public key

# end of private
