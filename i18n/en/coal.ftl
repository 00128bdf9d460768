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

# end of file

## edit: commands that add, change and log (helper B1)

# src/commands/mod.rs: what every edit says
edit-folder-unreadable = cannot read the current folder: { $error }
edit-file-unreadable = { $file } could not be read
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

# end of read

## walk: steps, the step walkthroughs, prompts (helper C)

# end of walk

## reports: report kinds and their tables and markdown (helper D1)

# end of reports

## documents: handout, invitation, draft, map, HTML, SVG, ICS (helper D2)

# end of documents

## help: glossary and help topics (helper E)

# end of help
