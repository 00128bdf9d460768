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

# end of documents

## help: glossary and help topics (helper E)

# end of help
