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

# end of core

## file: the file store, git (diff, merge driver, setup), init, remove, rename, boundaries (helper S)

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
