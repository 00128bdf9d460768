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

# end of read

## walk: steps, the step walkthroughs, prompts (helper C)

# end of walk

## reports: report kinds and their tables and markdown (helper D1)

# end of reports

## documents: handout, invitation, draft, map, HTML, SVG, ICS (helper D2)

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
