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

# end of reports

## documents: handout, invitation, draft, map, HTML, SVG, ICS (helper D2)

# end of documents

## help: glossary and help topics (helper E)

# end of help
