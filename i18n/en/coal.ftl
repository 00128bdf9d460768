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

# end of read

## walk: steps, the step walkthroughs, prompts (helper C)

# end of walk

## reports: report kinds and their tables and markdown (helper D1)

# end of reports

## documents: handout, invitation, draft, map, HTML, SVG, ICS (helper D2)

# end of documents

## help: glossary and help topics (helper E)

# end of help
