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

# end of documents

## help: glossary and help topics (helper E)

# end of help
