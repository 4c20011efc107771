"""Hand-written tweet bank for the demo account (fictional persona @QuietClerk).

kinds: L = weekday lunch at the office (Twitter Web App), C = on the morning
train, E = weekday evening at home (iPhone), W = weekend or leave (iPhone).
months: if set, the post only fits those months (weather, Christmas, budget).
PLANTED posts carry the leaks listed in docs/demo.md, at fixed local times.
"""

from __future__ import annotations

WORK = "LE"
HOME = "EW"
ANY = "LEW"

BIO = (
    "Views my own, obviously. Twenty years in local government. Planning, potholes, "
    "committee papers and the occasional rant about trains. Leeds fan, sadly."
)


def _o(text: str, kinds: str = ANY, months: tuple[int, ...] = ()) -> dict:
    return {"text": text, "kinds": kinds, "months": months}


WINTER = (11, 12, 1, 2)
SUMMER = (6, 7, 8)

ORIGINALS = [
    # --- work, at lunch or looking back on the day --------------------------------
    _o(
        "Eating a meal deal at my desk whilst reading a 60-page flood risk assessment. Living the dream.", "L"
    ),
    _o(
        "Someone has put a passive-aggressive note on the office fridge about yoghurt. "
        "It is laminated. They meant business.",
        "L",
    ),
    _o(
        "Morning spent explaining to a developer that 'in keeping with the character of the "
        "area' does not mean 'grey render, but more of it'.",
        WORK,
    ),
    _o(
        "Site visit this morning. Wellies, clipboard, a man shouting about his hedge. "
        "Back at my desk now and my socks are still damp.",
        "L",
    ),
    _o(
        "The printer on our floor has been broken since Tuesday. We have a printer "
        "working group. It has met twice.",
        "L",
    ),
    _o(
        "Lunch break thought: nobody goes into local government for the money, and it "
        "shows in the biscuit budget.",
        "L",
    ),
    _o(
        "Objection letter of the week: 'this extension will block my view of the sky'. "
        "Sir, it is a single-storey porch.",
        WORK,
    ),
    _o(
        "Had a genuinely good conversation with an applicant today. They listened, we "
        "changed the scheme, it's better. Doesn't happen often. Savouring it.",
        WORK,
    ),
    _o("Four meetings before lunch and not one of them needed to be a meeting.", "L"),
    _o(
        "If you ever want to feel old, train a graduate who has never used a fax machine "
        "and is horrified that we still have one.",
        WORK,
    ),
    _o(
        "The new case management system went live on Monday. It is now Thursday. "
        "I have logged eleven tickets. I am on first-name terms with the helpdesk.",
        "L",
    ),
    _o(
        "A resident rang to complain that the council 'let' next door build a shed. "
        "Permitted development, love. I didn't let anyone do anything.",
        WORK,
    ),
    _o(
        "People think planning is about buildings. It's about people arguing over "
        "buildings, which is a different job altogether.",
        WORK,
    ),
    _o("Officer report finished, signed off, sent. Small victories.", WORK),
    _o("Overheard in the lift: 'is it a strategic priority or just a priority?' Nobody knew.", "L"),
    _o(
        "There is a particular kind of silence when a councillor asks a question the "
        "officer report answers on page 3.",
        WORK,
    ),
    _o(
        "Today's acronym I had to look up: BNG. Biodiversity net gain. Tomorrow's will "
        "probably be about the acronyms.",
        "L",
    ),
    _o(
        "Twenty years in and I still get a small thrill when a decent scheme gets "
        "through committee unanimously.",
        WORK,
    ),
    _o(
        "Hot desking update: I have a desk. It is next to the radiator that only has "
        "two settings, off and Sahara.",
        "L",
    ),
    _o("Nobody tells you that half of local government is finding the right version of a spreadsheet.", WORK),
    _o("Team meeting ran over because we spent twenty minutes discussing the name of the team meeting.", "L"),
    _o(
        "Approved a loft conversion this morning that I'd quite like to live in. "
        "Professional jealousy is real.",
        WORK,
    ),
    _o(
        "A developer's planning statement described a four-storey car park as "
        "'a landmark gateway building'. I've laughed three times.",
        WORK,
    ),
    _o(
        "Consultation responses in, all 312 of them. One is a poem. It rhymes "
        "'drainage' with 'damage'. Honestly not bad.",
        WORK,
    ),
    _o("Public sector pay offer is in. I'll just say the word 'derisory' and leave it there.", WORK),
    _o(
        "Shout out to our admin team, who actually run the place and get thanked for "
        "approximately none of it.",
        WORK,
    ),
    _o(
        "Sandwich, crisps and a 40-page appeal decision. The inspector agreed with us. "
        "Best lunch of the month.",
        "L",
    ),
    _o("Worst part of the job: telling someone their dream house is a no. Had to do it twice today.", "E"),
    _o(
        "New manager wants 'fewer emails, more conversations'. I now get emails "
        "inviting me to conversations.",
        WORK,
    ),
    _o(
        "Answered the same question about fence heights six times today. Two metres. "
        "It's two metres. One if it's next to a road.",
        WORK,
    ),
    _o("Committee tonight. Flask of tea, spare pen, the patience of a saint. Let's go.", "L"),
    _o(
        "Committee done at 21:40. Three approvals, one deferral, one councillor who "
        "asked if the bats could be 'moved'.",
        "E",
    ),
    _o(
        "Long day. Back home, tea on, dog on my feet. Local government is a marathon "
        "with no finish line and no medal.",
        "E",
    ),
    _o("Everyone in the office is coughing. The aircon has opinions.", "L"),
    _o("Appeal hearing tomorrow. Ironing a shirt for the first time since the last appeal hearing.", "E"),
    _o(
        "The funny thing about cuts is that the work doesn't get cut. Just the people who used to do it.",
        WORK,
    ),
    _o("Budget papers out. Libraries, parks, road gritting. Pick two, apparently.", WORK, (1, 2, 3)),
    _o(
        "Council tax going up the maximum again. I get the emails. I also see the "
        "spreadsheet. Nobody wins this one.",
        WORK,
        (2, 3),
    ),
    _o(
        "Year-end in local government: everyone suddenly remembers the things they promised to do in April.",
        WORK,
        (3,),
    ),
    _o(
        "Staff survey is out. 'Do you feel valued?' Multiple choice. No option for 'depends on the day'.", "L"
    ),
    _o(
        "Somebody in another team replied-all to 900 people asking to be removed from "
        "the list. Then six people replied-all asking them to stop.",
        "L",
    ),
    _o(
        "Pre-application meeting where the architect had clearly never seen the site. "
        "The drawings had a river in the wrong place.",
        WORK,
    ),
    _o(
        "Genuinely proud of a young colleague today. First committee presentation, "
        "calm as anything. Took me ten years to get there.",
        WORK,
    ),
    _o(
        "There should be a word for the feeling when you find the one sentence in a "
        "policy document that settles an argument. Vindication, maybe. Smugness.",
        WORK,
    ),
    _o(
        "Out for a walk round the block at lunch. Proper sunshine. I'd forgotten what it looked like.",
        "L",
        (3, 4, 5),
    ),
    _o("Fire alarm test at 12:30 sharp, right as the kettle boiled. Every week. Every single week.", "L"),
    _o("Nothing makes you appreciate a quiet Friday like the Thursday before it.", "L"),
    _o("Wrote 'kind regards' on an email where I meant neither.", WORK),
    _o(
        "It's taken four months and nine emails to get a chair that doesn't tip "
        "backwards. I am sitting in it now like a king.",
        "L",
    ),
    _o(
        "Reminder for anyone applying for planning permission: the photos you send "
        "us are public. Tidy the kitchen. Or at least move the washing.",
        WORK,
    ),
    _o(
        "A member of the public called me 'a faceless bureaucrat' today. Fair on the "
        "bureaucrat. I'd argue with faceless.",
        WORK,
    ),
    _o(
        "Enforcement complaint about a neighbour's 'unauthorised trampoline'. We are "
        "not the trampoline police. Although.",
        WORK,
    ),
    _o(
        "Just realised I've been in this job longer than some of my colleagues have "
        "been alive. Going to lie down.",
        WORK,
    ),
    _o(
        "Every housing scheme: 'we need more homes'. Every housing scheme near someone: "
        "'not here'. Every week.",
        WORK,
    ),
    _o(
        "Training session on 'resilience'. It was cancelled due to staff shortages. You couldn't make it up.",
        "L",
    ),
    _o("Lunchtime reading: the new national planning policy framework. Yes I know how to have fun.", "L"),
    _o("The office Christmas tree is up and it's the same tinsel as 2009. Budgets, you see.", "L", (12,)),
    _o(
        "Secret Santa limit this year is a fiver. I got a mug that says 'World's Okayest Planner'. Accurate.",
        WORK,
        (12,),
    ),
    _o(
        "Last week in the office before the break. Out of office already drafted. It's mostly apologies.",
        "L",
        (12,),
    ),
    _o("First week back after Christmas and the inbox is a crime scene.", WORK, (1,)),
    _o(
        "The heating in the office is broken and it is January. We are all wearing "
        "coats at our desks like a Dickens adaptation.",
        "L",
        (1, 2),
    ),
    _o(
        "It's 28 degrees and the office windows don't open 'for safety reasons'. We are being slow cooked.",
        "L",
        (6, 7, 8),
    ),
    _o(
        "Everyone's on leave this week so I'm covering three patches. Very quiet in "
        "here. Suspiciously quiet.",
        "L",
        (8,),
    ),
    _o(
        "Had the 'so what do you do' conversation at a party. Said 'council'. Watched "
        "their face do the thing.",
        HOME,
    ),
    _o(
        "My job in one sentence: being shouted at by people who want more houses and "
        "people who want fewer houses, often on the same day.",
        WORK,
    ),
    _o(
        "Applicant emailed at 23:58 asking why we hadn't replied to their email from "
        "23:15. Because I was asleep, Gary.",
        "LE",
    ),
    _o("I have never been more popular than the day I fixed the office kettle.", "L"),
    _o("Today I learned that a 'minor amendment' can be eleven new windows.", WORK),
    _o("Bit of a grim one today. Can't say more. Hug your people.", "E"),
    _o(
        "Somebody asked why planning takes so long. Because there are five of us "
        "doing the work of twelve, that's why. Next question.",
        WORK,
    ),
    _o(
        "The flowchart for the new process has a box that just says 'escalate'. "
        "To whom? Nobody knows. It's boxes all the way up.",
        "L",
    ),
    _o(
        "Planning tip: if your neighbour's application annoys you, say why in planning "
        "terms. 'I don't like them' isn't one, however true.",
        WORK,
    ),
    _o("Working from home today. The dog has attended every meeting and contributed more than some.", "L"),
    _o("WFH lunch: toast over the keyboard. Sorry, keyboard.", "L"),
    _o(
        "Recruitment update: advertised the senior post for the third time. Nobody "
        "wants to do this job for this money. Can't blame them.",
        WORK,
    ),
    _o(
        "An agent told me today that their client 'has friends on the council'. "
        "Brilliant. Put it in writing and I'll pass it on.",
        WORK,
    ),
    _o("I do like a good conservation area appraisal. Don't @ me.", WORK),
    _o(
        "Three people phoned about the same pigeon today. Not a planning matter, but "
        "I now know a lot about that pigeon.",
        WORK,
    ),
    _o("Dear senior management, 'do more with less' is not a strategy, it's a sentence.", WORK),
    _o(
        "Still thinking about the woman at the parish meeting who brought a printed "
        "copy of every email she'd ever sent us. In a wheelie case.",
        WORK,
    ),
    _o(
        "The amount of my working week spent in Teams calls where somebody is "
        "'just sharing my screen' is a scandal.",
        "L",
    ),
    _o("Someone's microwaved fish on our floor. Tribunal pending.", "L"),
    # --- more of the everyday ------------------------------------------------------
    _o("Listed building consent for a new front door. Forty pages. It's a door.", WORK),
    _o(
        "Colleague's leaving do at lunch. Cake, card, a speech that made three of us "
        "cry. Twenty-six years in the same team. They don't make them like that now.",
        "L",
    ),
    _o("Drafted a refusal, deleted it, drafted it again more politely. Same answer, nicer words.", WORK),
    _o("Our team has a shared calendar. It is a work of speculative fiction.", "L"),
    _o("Today's site visit had a goat. Nobody warned me about the goat.", WORK),
    _o(
        "Ward councillor rang to ask about an application. I explained. They "
        "explained it back to me, wrongly. We agreed to disagree.",
        WORK,
    ),
    _o(
        "The coffee machine on the fourth floor now takes contactless only. Nobody "
        "has a card that works with it. We're back to the kettle.",
        "L",
    ),
    _o("Inbox zero for nine glorious minutes this afternoon. Then someone sent a 'quick question'.", "LE"),
    _o(
        "Mentoring a new starter who asked why we don't 'just use AI for the "
        "reports'. Told him to try it on a drainage objection. He's gone quiet.",
        WORK,
    ),
    _o(
        "Plans for a house extension came in drawn in biro on the back of a menu. "
        "Honestly, I admired the confidence.",
        WORK,
    ),
    _o("Sat in a three-hour training session on time management.", "L"),
    _o(
        "Got thanked by a resident today, in writing, with a box of chocolates. "
        "I've put the letter in a drawer for bad days.",
        WORK,
    ),
    _o("Daughter is learning the recorder. The dog has moved out. Figuratively.", HOME),
    _o("Son has discovered sarcasm. It's like living with a small version of me. I don't like it.", HOME),
    _o(
        "Wife asked what I wanted for tea. I said 'anything'. That, it turns out, was the wrong answer.", HOME
    ),
    _o(
        "Spent the evening fixing a dripping tap. Three trips to the hardware shop. "
        "Tap now drips slightly less.",
        HOME,
    ),
    _o("Took the kids swimming. Came home smelling of chlorine and defeat.", "W"),
    _o("Farmers' market this morning. Bought a pork pie the size of a hubcap.", "W"),
    _o("Got caught in a downpour walking the dog. Both of us now steaming by the radiator.", HOME),
    _o(
        "Library with the kids. Came back with nine books, a DVD and a leaflet about "
        "the local history society. Might actually go.",
        "W",
    ),
    _o("Leisurely Saturday. Crossword, coffee, a proper breakfast. Bliss.", "W"),
    _o("Birthday party for a seven-year-old. Thirty children, one magician, zero survivors.", "W"),
    _o("Dug over the veg patch. My back has filed a formal complaint.", "W", (3, 4, 5)),
    _o(
        "Watched the rugby with my father-in-law. He explained the offside rule. "
        "I still don't understand it. Neither does he.",
        "W",
        (2, 3),
    ),
    _o(
        "Kids asked for a dog for Christmas three years ago. We got Biscuit. Guess "
        "who walks him at 06:30 in the rain.",
        HOME,
    ),
    _o("Tuesday feels like a Thursday and it's only lunchtime.", "L"),
    _o("Cold tea, warm office, long afternoon. Onwards.", "L"),
    _o("Nice to see the trees by the office coming into leaf. Small mercies.", "L", (4, 5)),
    _o("Three emails today beginning 'as per my last email'. We are at war.", WORK),
    _o(
        "Somebody left a box of doughnuts by the photocopier with a note saying "
        "'for the planners, sorry about Tuesday'. No idea what happened on Tuesday. "
        "Eating one anyway.",
        "L",
    ),
    _o(
        "The lights in our meeting room are on a motion sensor. If you sit still "
        "thinking for too long they go off. Very on the nose.",
        "L",
    ),
    _o(
        "Another resident asking if I can 'have a word' with their neighbour. "
        "I am a planning officer, not a peace envoy.",
        WORK,
    ),
    # --- commute -------------------------------------------------------------------
    _o("Got a seat on the train. Going to buy a lottery ticket.", "C"),
    _o(
        "Train stopped outside the station for 'a short delay'. Fifteen minutes and "
        "counting. The man next to me is eating a whole pork pie.",
        "C",
    ),
    _o(
        "Foggy platform this morning, everyone staring down the line like it owes them money.",
        "C",
        (10, 11, 12, 1, 2),
    ),
    _o(
        "Two carriages at rush hour. Two. I'm currently more intimately acquainted "
        "with a stranger's rucksack than with some of my relatives.",
        "C",
    ),
    _o("Train on time, coffee hot, podcast good. Something's about to go wrong.", "C"),
    _o(
        "Reading committee papers on the train. The lady next to me is also reading "
        "them over my shoulder. Hope she enjoys the drainage section.",
        "C",
    ),
    _o("Cancelled again. Walking to the bus. Not angry, just disappointed. Mostly angry.", "C"),
    _o("Lovely sunrise from the train this morning. Almost made up for the delay.", "C", (3, 4, 9, 10)),
    # --- home, evenings ------------------------------------------------------------
    _o("Dog walked, kids in bed, tea made. Nobody speak to me for an hour.", "E"),
    _o(
        "Made a curry from scratch tonight. Smoke alarm went off twice. Family say it "
        "was worth it. Family are kind.",
        HOME,
    ),
    _o(
        "Watching the planning episode of a property programme and shouting at the "
        "telly. My wife has left the room.",
        HOME,
    ),
    _o("Biscuit has eaten a sock. Not a whole sock. Enough of a sock.", HOME),
    _o("Biscuit update: the sock has reappeared. I won't go into detail.", HOME),
    _o(
        "Helped with maths homework tonight. They do it differently now. I'm "
        "apparently doing it wrong. I got the right answer, mind.",
        "E",
    ),
    _o("Rain hammering on the conservatory roof. Proper cosy night in.", HOME, (10, 11, 12, 1, 2)),
    _o(
        "Nine-year-old has asked what I actually do at work. Told her 'I say no to "
        "people nicely'. She said 'like you do to me'. Fair.",
        HOME,
    ),
    _o(
        "Quiz night at the local. Came third. Lost it on a question about the Eurovision "
        "winner in 1997. I will never forgive myself.",
        HOME,
    ),
    _o("Cleared the gutters. At my age. On a ladder. Everyone's fine.", "W"),
    _o(
        "Booked the car in for its MOT and now I'm just waiting for the phone call that starts 'so...'.", HOME
    ),
    _o(
        "Finished the book I've been reading since March. It's October. It was a good book. I'm just tired.",
        "E",
        (10,),
    ),
    _o(
        "Daughter's first parents' evening of the year. 'Chatty but kind'. She takes "
        "after her mother on both counts.",
        "E",
        (10, 11),
    ),
    _o(
        "Had to explain to my son why we can't have a swimming pool. Planning "
        "permission wasn't the main reason.",
        HOME,
    ),
    _o(
        "Just seen a bloke do a three-point turn in twelve points outside our house. "
        "Gave him a round of applause from the window.",
        HOME,
    ),
    _o("Telly, tea, a blanket and the heating on 19. The luxury of middle age.", HOME, (10, 11, 12, 1, 2, 3)),
    _o(
        "We have a new family rule: no phones at dinner. I'm writing this in the "
        "kitchen before dinner. Technically legal.",
        "E",
    ),
    _o(
        "Fell asleep on the sofa at 21:15. Woke up at 22:40 with a crick in my neck "
        "and a dog on my legs. Off to bed properly.",
        "E",
    ),
    _o("Kids asked what we did before mobile phones. Told them we were bored. They looked appalled.", HOME),
    _o(
        "Why does every child's party involve a soft play centre that sounds like "
        "an aircraft hangar full of geese?",
        "W",
    ),
    _o(
        "Brother-in-law is doing a barbecue. He owns an apron that says 'Grill "
        "Sergeant'. I am bringing coleslaw and low expectations.",
        "W",
        (5, 6, 7, 8),
    ),
    _o("Sunday roast done. Yorkshire puddings rose like the Shard. I'll allow myself that one.", "W"),
    _o("Lie-in until 08:30. The dog disagreed at 06:45 but I won in the end.", "W"),
    _o(
        "Car boot sale this morning. Came home with a lamp nobody wants and a book about canals. Good haul.",
        "W",
        (4, 5, 6, 7, 8, 9),
    ),
    _o(
        "Saturday jobs list: shelves, hedge, tip run. Saturday actual: coffee, "
        "newspaper, thinking about shelves.",
        "W",
    ),
    _o("Parkrun this morning. Personal worst. Still counts.", "W"),
    _o(
        "Parkrun done in the rain. Everyone looked like drowned rats and we all "
        "said 'lovely morning for it'. Very British.",
        "W",
        (10, 11, 12, 1, 2, 3),
    ),
    _o("Walked up to the Chevin with the dog. Legs gone. Views worth it.", "W"),
    _o(
        "Garden centre with the in-laws. Came out with a plant, two scones and a "
        "strong opinion about garden gnomes.",
        "W",
    ),
    _o(
        "Clocks went forward and I've lost an hour I was going to spend doing nothing. Outrageous.",
        HOME,
        (3,),
    ),
    _o(
        "Clocks go back tonight. Extra hour in bed unless you own a dog, in which "
        "case it's an extra hour of being stared at.",
        "W",
        (10,),
    ),
    _o("Spring has sprung. Lawnmower has not. Off to the shed to coax it.", "W", (3, 4)),
    _o("Mowed the lawn in stripes. Nobody noticed. I noticed.", "W", (4, 5, 6, 7, 8, 9)),
    _o("First barbecue of the year. Lit at 14:00, eaten at 16:30, rain at 16:31.", "W", (4, 5)),
    _o(
        "Snow! Proper snow! The children are outside in it and I'm inside in my "
        "dressing gown pretending to supervise.",
        "W",
        (1, 2),
    ),
    _o(
        "School's shut for snow. Working from home with two kids and a dog who thinks snow is the enemy.",
        "LE",
        (1, 2),
    ),
    _o("Minus four this morning. Scraped the car with a loyalty card.", ANY, (12, 1, 2)),
    _o(
        "Wind's taken the fence panel again. Third time this winter. I am in a "
        "personal feud with the weather.",
        HOME,
        (11, 12, 1, 2),
    ),
    _o(
        "Heatwave tip from a man who works in an office with no air con: there is no tip. We just suffer.",
        ANY,
        (6, 7, 8),
    ),
    _o(
        "Hosepipe in one hand, glass of something cold in the other. Summer evenings are the best evenings.",
        HOME,
        (6, 7, 8),
    ),
    _o(
        "Fireworks going off already and it's not even bonfire night. The dog is under "
        "the stairs with the hoover for company. Poor lad.",
        "EW",
        (11,),
    ),
    _o(
        "Christmas jumpers at the ready. Mine has a reindeer whose nose lights up. "
        "It's the only thing in this house with any energy.",
        HOME,
        (12,),
    ),
    _o(
        "Kids have decorated the tree. It looks like it's been in a fight with a "
        "glitter factory. It's perfect.",
        HOME,
        (12,),
    ),
    _o("Christmas dinner survived. Family survived. Sprouts did not.", "W", (12,)),
    _o(
        "Between Christmas and New Year nobody knows what day it is. I've had cheese for breakfast twice.",
        "W",
        (12,),
    ),
    _o(
        "New Year's resolution: reply to emails within a working day. Let's see how long that lasts.",
        HOME,
        (1,),
    ),
    _o("January. The longest month. It lasts about nine weeks.", ANY, (1,)),
    _o("Pancake day. Son has flipped one onto the ceiling. It's still up there.", HOME, (3,)),
    _o("Easter egg hunt in the garden. Found all of them except the one the dog found first.", "W", (4,)),
    _o(
        "Half term. Working from home with a nine-year-old who has decided she is a "
        "journalist and wants to interview me 'about the council'.",
        "LE",
        (2, 5, 10),
    ),
    _o(
        "The kids have gone back to school and the house is so quiet I can hear the fridge thinking.",
        HOME,
        (9,),
    ),
    _o("Dentist. Two fillings. Home now, numb and sorry for myself.", "E"),
    _o("My knee has started making a noise when I stand up. Not a good noise. A cereal noise.", HOME),
    _o("Doctor says cut down on salt and coffee. I've stopped adding salt to my coffee. Progress.", HOME),
    _o("Bad night's sleep. 03:00 brain decided to review every mistake I've made since 1998.", ANY),
    _o("Mum's 70th today. She asked for no fuss. We made a fuss. She loved it.", "W"),
    _o(
        "Took Dad to the football. He complained for ninety minutes and said it was "
        "the best day he's had in ages.",
        "W",
    ),
    _o("Made bread. It's the shape of a brick and about as dense. Eating it anyway out of pride.", "W"),
    _o(
        "Spent the afternoon building a flat-pack wardrobe. There's a screw left "
        "over. The wardrobe seems fine. For now.",
        "W",
    ),
    _o(
        "Fish and chips on the sea front. Seagull took a chip right out of my "
        "daughter's hand. She's plotting revenge.",
        "W",
        (5, 6, 7, 8, 9),
    ),
    _o(
        "Rainy Sunday. Board games. Somebody accused somebody of cheating at "
        "Monopoly within twelve minutes. New record.",
        "W",
    ),
    _o(
        "Bath night for Biscuit. Biscuit has views about bath night. The bathroom has views about Biscuit.",
        HOME,
    ),
    _o(
        "Dog walk at dusk, bats over the field. Nice reminder the surveys in those "
        "planning files are about real things.",
        "EW",
        (5, 6, 7, 8, 9),
    ),
    _o(
        "Wife's away with work. Kids and I have had fish fingers three nights "
        "running. Nobody is complaining.",
        "E",
    ),
    _o("Ordered a takeaway at half seven. Still waiting. I am chewing the table.", "EW"),
    _o("Started a jigsaw. 1000 pieces. It's all sky. What was I thinking.", HOME),
    _o(
        "Neighbour's cat has started coming in through the cat flap we don't have a "
        "cat for. The dog has accepted him as a lodger.",
        HOME,
    ),
    _o(
        "Lovely evening light over the valley tonight. Stood on the back step far "
        "longer than the bins required.",
        "E",
        (4, 5, 6, 7, 8, 9),
    ),
    _o(
        "Just watched an entire documentary about canals. The book from the car boot was a gateway drug.",
        HOME,
    ),
    _o(
        "Had a proper catch-up with an old friend from uni. Two hours on the phone. "
        "We solved nothing and it was grand.",
        HOME,
    ),
    _o("Teenager next door practising drums again. He's improving. I'll give him that.", HOME),
    _o(
        "Got a parking ticket outside the doctor's. Paid it. The irony of working "
        "for a council is not lost on me.",
        HOME,
    ),
    _o("Kids asleep, dishwasher on, rain outside. Absolute peace. For about four minutes.", "E"),
    _o("Watching old episodes of a sitcom I've seen fifteen times. Comfort telly. Don't judge.", HOME),
    _o("Decided to learn Spanish. Owl on my phone is already disappointed in me.", HOME),
    _o("I'm at the age where a good night's sleep is the highlight of the week.", ANY),
    _o(
        "Sorted the loft. Found my old school reports. 'Could try harder.' Still accurate, thirty years on.",
        "W",
    ),
    _o(
        "Pub garden, a pint of bitter and a packet of scampi fries. Don't tell the doctor.",
        "EW",
        (5, 6, 7, 8, 9),
    ),
    _o(
        "Tip run on a Saturday morning is the great leveller. Barristers and builders "
        "queuing together with their broken garden furniture.",
        "W",
    ),
    _o(
        "Kids have built a den in the living room. I've been asked for a planning "
        "application. Refused on design grounds.",
        HOME,
    ),
    _o(
        "Son got his first proper detention. For talking. I was secretly pleased it "
        "wasn't for anything worse.",
        "E",
    ),
    _o(
        "Grandma's recipe for parkin, followed to the letter. Tastes nothing like hers. It never does.",
        "W",
        (10, 11),
    ),
    _o("Autumn leaves everywhere. Raked the lawn. Wind came. Leaves back.", "W", (10, 11)),
    _o("Decluttering. Threw away 40 charging cables for phones we no longer own.", "W"),
    _o("Re-watched a film I loved at 17. It has not aged well. Neither have I.", HOME),
    # --- football ------------------------------------------------------------------
    _o("Leeds. Why do you do this to me. Every week. #LUFC", "EW"),
    _o("Three points. I'll take it. Ugly as anything but I'll take it.", "W"),
    _o(
        "Matchday. Lucky scarf on. It has not been lucky since about 2019 but we don't give up on family.",
        "W",
    ),
    _o("Two-nil up at half time and I still don't trust them. Years of conditioning.", "W"),
    _o("Lost in the 93rd minute. Going to walk the dog and not speak to anyone.", "W"),
    _o(
        "International break. What am I supposed to do with my weekend? Talk to my family?",
        "W",
        (9, 10, 11, 3),
    ),
    _o(
        "Son wants a new Leeds shirt. It's £70. Told him when I was his age we had "
        "a jumper and our imagination.",
        HOME,
    ),
    _o("Midweek game tonight. Radio on, pretending to do the washing up.", "E"),
    _o(
        "Elland Road in the rain, under the lights. Still the best place on earth when it "
        "goes right. #LUFC #MOT",
        "EW",
    ),
    _o("Not going to say anything about the referee. I'm going to think it very loudly instead.", "W"),
    _o(
        "Still not over Monday. Promoted. PROMOTED. I cried in the kitchen on a bank holiday and I'm "
        "not ashamed.",
        HOME,
        (4,),
    ),
    _o("Fixtures out. Already dreading the away trip in December.", ANY, (6,)),
    _o(
        "Transfer deadline day and we've signed a full-back I've never heard of. "
        "Trusting the process, whatever the process is.",
        ANY,
        (9, 1, 2),
    ),
    _o("Draw. Fair result. I hate fair results.", "W"),
    _o("Cup run over before it began. At least the weekend is free.", "W", (1, 2)),
    # --- opinion, reflection ---------------------------------------------------------
    _o(
        "Things I've learnt in twenty years of public service: say thank you, write "
        "things down, and never trust a deadline set on a Friday.",
        ANY,
    ),
    _o(
        "Local government isn't glamorous but the bins get emptied, the roads get "
        "gritted and the planning applications get decided. Mostly.",
        ANY,
    ),
    _o("The difference between 'consultation' and 'engagement' is about £40,000 of consultancy fees.", WORK),
    _o("People ask if I'd go private. Sometimes. Then I remember why I do this.", ANY),
    _o("Councils aren't failing, they're being starved. Those aren't the same thing. #localgov", ANY),
    _o(
        "A plea: if you're going to object to a planning application, at least read "
        "it first. Half the letters we get are about a different site.",
        ANY,
    ),
    _o(
        "I'll never understand people who are rude to receptionists. Whoever you are, "
        "whatever you want, it starts with them.",
        ANY,
    ),
    _o("Sometimes the best thing you can do in a meeting is nothing. Let the silence do the work.", ANY),
    _o("Every council is one retirement away from nobody knowing how the drainage database works.", WORK),
    _o(
        "The public inquiry is the Glastonbury of planning. Everyone's there, it "
        "goes on for days, and there's always rain.",
        ANY,
    ),
    _o("Hot take: most planning committees do a decent job with very little thanks.", ANY),
    _o(
        "Spare a thought for the people who have to minute meetings. They hear "
        "everything and can repeat none of it.",
        ANY,
    ),
    _o("Writing these little posts is cheaper than therapy. Thanks for reading, whoever you are.", HOME),
    _o(
        "The older I get the more I think kindness is a skill, not a personality trait. You practise it.", ANY
    ),
    _o("Some days you make a difference. Most days you make a spreadsheet.", ANY),
    _o(
        "If you want to know what a place really cares about, read its objection "
        "letters. Parking. It's always parking.",
        ANY,
    ),
    _o("Reading about another council going bankrupt. There but for the grace of God.", ANY),
    _o("I don't want to be a 'thought leader'. I want the lift to work.", ANY),
    _o("Best career advice I ever got: 'answer the phone'. Simple, and hardly anyone does it.", ANY),
    _o("Blog post up about what actually happens at a planning committee. Long one. Get a brew first.", HOME),
    _o("New blog post: why your objection letter probably won't work, and what will. Link in bio.", HOME),
    _o(
        "A quiet thank you to everyone who's said kind things about the blog. "
        "It started as shouting into the void and the void has started shouting back.",
        HOME,
    ),
    _o(
        "Quick one: anyone know a good book on the history of council housing? Asking for a long winter.",
        ANY,
        (10, 11, 12, 1),
    ),
    _o("Remembrance Sunday. Two minutes by the war memorial. Always gets me.", "W", (11,)),
    _o(
        "Fire drill at 10:00, everyone stood in the car park in the drizzle for 25 minutes. Team bonding.",
        "LE",
    ),
    _o("Our team quiz is on Friday. I have been revising the Use Classes Order. I wish I was joking.", WORK),
    _o(
        "There's a new councillor on our committee who has actually read the "
        "papers. Don't tell anyone, I don't want them to stop.",
        WORK,
        (5, 6, 7),
    ),
    _o("Government announces planning reform, part 47. Kettle on. Let's read it. #planning", ANY),
    _o("Blue sky, cold air, first frost on the grass. Best kind of morning.", ANY, (11, 12, 1, 2)),
    _o(
        "Rained every day for eleven days. The garden is a pond. The pond is thrilled.",
        ANY,
        (10, 11, 12, 1, 2),
    ),
    _o("Grey, drizzly, eight degrees. Yorkshire's default setting.", ANY),
    _o(
        "It's light at 17:00 again. Spring is coming. I can feel it in my soul and in my electricity bill.",
        ANY,
        (2, 3),
    ),
    _o("Sunset at 15:55. I don't see daylight Monday to Friday. Like a very boring vampire.", ANY, (12, 1)),
    _o(
        "Midsummer. Sat outside till 22:00 last night with a cup of tea like a proper grown-up.",
        HOME,
        (6,),
    ),
    _o("Thunderstorm rolling in over the hills. The dog has gone to bed. Wise dog.", HOME, (6, 7, 8)),
    _o("School holidays have started. Six weeks. I have a plan. The plan is hope.", HOME, (7,)),
    _o(
        "Back to school shoes bought. £45 for something she'll outgrow by November. Daylight robbery.",
        "W",
        (8, 9),
    ),
    _o(
        "Wedding anniversary. Fifteen years. She still laughs at my jokes, which "
        "says more about her than the jokes.",
        HOME,
        (9,),
    ),
    _o("Cup of tea gone cold again. Third one today.", ANY),
    _o("Random thought: whoever invented the bin day calendar deserves a knighthood.", ANY),
    _o("Writing this on a Sunday night with the dread. You know the dread.", "W"),
    _o("Sunday night and the ironing's done. I'm as ready as I'll ever be.", "W"),
]

# Replies to other (fictional) accounts.
REPLIES = [
    {"reply_to": r, "text": f"@{r} {t}", "kinds": k}
    for r, t, k in [
        (
            "PlanningPete",
            "Ha, we had exactly the same last month. The applicant turned up "
            "with a petition signed by his own family.",
            ANY,
        ),
        ("PlanningPete", "Honestly, the bat survey is always the bit that gets them.", ANY),
        ("PlanningPete", "Not a chance. Section 73 all day long.", WORK),
        ("PlanningPete", "This is the most planning tweet I have ever read and I love it.", ANY),
        ("LocalGovLass", "The laminated fridge note is universal. Every council has one.", ANY),
        (
            "LocalGovLass",
            "Solidarity. Ours went down for two days. We went back to paper and honestly it was faster.",
            WORK,
        ),
        ("LocalGovLass", "Can confirm. Reply-all is how most of us learn the names of our colleagues.", ANY),
        ("LocalGovLass", "You're doing a great job. Genuinely. Go home on time tonight.", ANY),
        ("LocalGovLass", "We've got the same org chart. Different logo.", ANY),
        (
            "TownHallTales",
            "This happened to a colleague. The councillor asked to see the bats 'in person'.",
            ANY,
        ),
        ("TownHallTales", "Every word of this. Especially the bit about the biscuits.", ANY),
        (
            "TownHallTales",
            "Our staff survey results came back and the top comment was "
            "'more chairs'. Nobody has acted on it.",
            ANY,
        ),
        ("BinDayBlues", "Bank holiday bin collections are the dark arts of local government.", ANY),
        ("BinDayBlues", "Glad it's not just us. The calendar is a work of fiction.", ANY),
        ("NorthernRailFan", "Same here this morning. Two carriages and a prayer.", "LEC"),
        ("NorthernRailFan", "'Short-formed' is my least favourite phrase in the English language.", "LEC"),
        ("NorthernRailFan", "I've stopped checking the app. It only upsets me.", ANY),
        ("ParishPumpHQ", "Parish councils are the real engine room. Underrated, always.", ANY),
        ("ParishPumpHQ", "Would love to read the minutes of that one.", ANY),
        ("CouncillorKaye", "I'm not saying this is accurate but I'm not saying it isn't.", ANY),
        ("CouncillorKaye", "Best parody account on here by a distance.", ANY),
        ("LUFC", "Come on lads. Need a performance today.", "W"),
        ("LUFC", "Get in!!", "W"),
        ("LUFC", "Please just defend a set piece. Just the once. For me.", "W"),
        ("YorksWeather", "Can confirm, hailstones the size of peas in our garden ten minutes ago.", HOME),
        ("YorksWeather", "Still raining here. Has been since roughly October.", ANY),
        (
            "RTPIplanning",
            "The best CPD I ever did was sitting in on enforcement for a "
            "week. Changed how I write conditions.",
            WORK,
        ),
        ("RTPIplanning", "Good thread. The point about resourcing is the whole story really.", ANY),
        ("budgetwonk", "And it's the discretionary services that go first. Always.", ANY),
        (
            "budgetwonk",
            "Great explainer. Sending to everyone who asks me why we can't 'just find the money'.",
            ANY,
        ),
        ("budgetwonk", "The real figure is worse once you adjust for demand.", ANY),
        ("deskjockey_uk", "Hot desking is a war and I am losing it.", "L"),
        ("deskjockey_uk", "The one radiator setting thing is too real.", ANY),
        ("deskjockey_uk", "Ha! Ours has a sign saying 'this is not a bin'. It is, in practice, a bin.", ANY),
        ("MunicipalMeg", "Thank you, that's really kind. Just trying to explain how it actually works.", ANY),
        ("MunicipalMeg", "Happy birthday Meg! Hope there's cake.", ANY),
        ("MunicipalMeg", "That's brilliant news, congratulations. Well deserved.", ANY),
        (
            "HousingHannah",
            "Completely agree. The housing numbers don't mean much if nobody can afford the houses.",
            ANY,
        ),
        ("HousingHannah", "Good luck at the inquiry. Bring snacks.", ANY),
        ("HousingHannah", "It's the same conversation everywhere. Homes yes, but somewhere else.", ANY),
        ("otleyrambler", "Gorgeous. One of my favourite walks, that.", HOME),
        ("otleyrambler", "The view from the top never gets old.", HOME),
        ("otleyrambler", "Muddy this time of year but worth every step.", HOME),
        ("PlanningPete", "I'd frame that objection letter.", ANY),
        ("LocalGovLass", "Enjoy the leave! Don't check your emails.", ANY),
        ("TownHallTales", "I once minuted a three-hour meeting about a bench.", ANY),
        ("budgetwonk", "Would love to see this broken down by district.", ANY),
        ("MunicipalMeg", "Ha, the dog is very much the boss here too.", HOME),
    ]
]

# Retweets: the text is someone else's, as the archive stores it ("RT @name: ...").
RETWEETS = [
    {"text": f"RT @{r}: {t}", "kinds": ANY}
    for r, t in [
        (
            "LocalGovLass",
            "Reminder that every council officer you shout at on the phone "
            "is also a council tax payer, a parent, a neighbour. Be kind.",
        ),
        (
            "LocalGovLass",
            "Local government staff have had a real-terms pay cut of about "
            "25% since 2010. That's not a typo.",
        ),
        (
            "TownHallTales",
            "The three stages of a council restructure: denial, a new "
            "logo, the same thing again in two years.",
        ),
        (
            "TownHallTales",
            "Things you hear in every council office: 'Is this the latest "
            "version?' 'Who's got the minutes?' 'Has anyone seen the stapler?'",
        ),
        (
            "budgetwonk",
            "New analysis: councils in the North have lost around twice as "
            "much per head in core funding as those in the South East since 2010.",
        ),
        (
            "budgetwonk",
            "Adult social care now takes well over half of many councils' "
            "budgets. Everything else fights over what's left.",
        ),
        (
            "PlanningPete",
            "Planning tip: a good design and access statement answers the "
            "questions the officer is going to ask before they ask them.",
        ),
        (
            "PlanningPete",
            "Public service announcement: a 'right to light' is not a "
            "planning matter. Please stop asking me.",
        ),
        (
            "PlanningPete",
            "There are more planners in the private sector than in councils "
            "now. Think about what that means for who sets the agenda.",
        ),
        (
            "RTPIplanning",
            "Local authority planning departments have lost around a quarter "
            "of their staff in a decade. Resourcing matters.",
        ),
        ("RTPIplanning", "Good planning is invisible. Bad planning you live with for a hundred years."),
        (
            "HousingHannah",
            "Waiting lists for social housing have never been longer. We "
            "need homes people can afford, not just more homes.",
        ),
        (
            "HousingHannah",
            "If your housing strategy doesn't include social rent, it isn't a housing strategy.",
        ),
        ("NorthernRailFan", "Today's trains have been brought to you by the letters D, E, L, A and Y."),
        ("NorthernRailFan", "The 07:42 is on time. Repeat, the 07:42 is on time. This is not a drill."),
        ("YorksWeather", "Yellow warning for wind across West Yorkshire tomorrow. Tie down the trampolines."),
        ("YorksWeather", "Frost tonight in sheltered spots. Bring the tender plants in."),
        ("YorksWeather", "Sunny spells and showers. Or, as we call it, Tuesday."),
        ("LUFC", "FULL-TIME: What a performance! Three points at Elland Road."),
        ("LUFC", "Team news is in. Here's how we line up this afternoon."),
        ("LUFC", "Happy birthday to our former skipper, a true Elland Road legend."),
        (
            "ParishPumpHQ",
            "Our annual village fete raised £2,340 for the community hall "
            "roof. Thank you to everyone who came and bought cake.",
        ),
        ("ParishPumpHQ", "Parish councillors are volunteers. Thank one today."),
        (
            "CouncillorKaye",
            "Just voted against the thing I proposed last month. Consistency is for the weak.",
        ),
        ("CouncillorKaye", "Asked officers for a report on why reports take so long. Awaiting the report."),
        (
            "deskjockey_uk",
            "My work laptop has decided to update itself during a presentation to the director. A thread.",
        ),
        ("deskjockey_uk", "Hybrid working means I now have two desks and no desk."),
        (
            "MunicipalMeg",
            "Small win today: fixed a form that's been broken since 2017. Nobody noticed. I noticed.",
        ),
        ("MunicipalMeg", "Public servants: drink some water and eat a proper lunch today."),
        ("otleyrambler", "Sunrise from the top of the Chevin this morning. Worth the climb."),
        ("otleyrambler", "Otley Show is on this weekend. Sheep, tractors, and the best pies in Yorkshire."),
        (
            "BinDayBlues",
            "Bins will be collected as normal next week. I have no idea what normal means anymore.",
        ),
        ("BinDayBlues", "A guide to recycling: if you're not sure, it probably isn't."),
        (
            "LocalGovLass",
            "If you work in local government and you're tired, it's not just you. It's structural.",
        ),
        (
            "budgetwonk",
            "Council tax is a tax on 1991 house prices. We keep fixing the "
            "roof and ignoring the foundations.",
        ),
        (
            "TownHallTales",
            "The council chamber clock has been five minutes slow since "
            "1983 and nobody will authorise the spend to fix it.",
        ),
        ("HousingHannah", "Homes England figures out today. Completions down again."),
        (
            "PlanningPete",
            "Friday mood: approving a well-designed scheme with no objections. Rare as hen's teeth.",
        ),
    ]
]

# Media for the photo tweets: X serves re-encoded copies without EXIF.
MEDIA = {
    "dog": {"key": "GnB7xQ2WcAAr8Kp", "scene": "dog"},
    "papers": {"key": "Gq1dLmZXoAAc3Vt", "scene": "papers"},
}

# Originals with full EXIF, served by the blog as uploaded.
BLOG_PHOTOS = {
    "allotment-june.jpg": {
        "scene": "allotment",
        "thumb_scene": "allotment_wide",
        "gps": (53.841214, -1.638522),  # Horsforth
        "altitude": (1340, 10),
        "taken": "2025:06:01 18:22:41",
        "gps_time": ((17, 1), (22, 1), (40, 1)),
        "gps_date": "2025:06:01",
        "unique_id": "8E3F1A2C6B0D4E7FA1B2C3D4E5F60718",
    },
    "platform-one.jpg": {
        "scene": "station",
        "thumb_scene": "station",
        "gps": (53.847563, -1.630378),  # Horsforth station
        "altitude": (1120, 10),
        "taken": "2025:09:09 07:39:02",
        "gps_time": ((6, 1), (39, 1), (1, 1)),
        "gps_date": "2025:09:09",
        "unique_id": "1C7E9B3A5D2F4068B9A0C1D2E3F40516",
    },
}

# Posts at fixed local (Europe/London) times carrying the planted leaks.
# client: "web" = Twitter Web App (at the office), else Twitter for iPhone.
PLANTED = [
    {
        "when": (2025, 1, 14, 12, 41),
        "client": "web",
        "text": "Third planning committee of the month tomorrow. As a planning officer you "
        "learn to love a 90-page agenda pack and a cold cup of tea.",
    },
    {
        "when": (2025, 1, 22, 7, 51),
        "text": "The 7:42 from Horsforth is cancelled again. Northern, you have one job. "
        "Standing on the platform with the same twelve faces as every morning.",
    },
    {
        "when": (2025, 2, 5, 12, 28),
        "client": "web",
        "text": "Budget briefing for our directorate this morning. 'Efficiencies' of "
        "£2.3m. Nobody said the word redundancies but everybody heard it.",
    },
    {
        "when": (2025, 2, 18, 12, 52),
        "client": "web",
        "text": "For those of you in the building asking where the new validation "
        "checklist lives: http://intranet.wyc.local/planning/validation/checklist-2025.docx "
        "(you're welcome)",
    },
    {
        "when": (2025, 3, 4, 21, 40),
        "deleted_after_hours": 2,
        "text": "Sat next to the Chief Exec at the away day and she asked what I did. "
        "Said planning. She said 'oh, the slow department'. Lovely.",
    },
    {
        "when": (2025, 3, 12, 20, 14),
        "text": "Put together a plain-English guide to commenting on planning applications. "
        "Feedback welcome before I tidy it up: https://docs.google.com/document/d/"
        "1hQ7vXk2Lp9RtYw3ZbN8cDfGq4JmS6aUe0VoPiKlTzxA/edit?usp=sharing",
    },
    {
        "when": (2025, 3, 29, 10, 47),
        "media": ["dog"],
        "text": "Biscuit has discovered the river at Golden Acre Park and will not be "
        "coming home. Send towels.",
    },
    {
        "when": (2025, 4, 9, 12, 33),
        "client": "web",
        "text": "If you live round here and have views on the station car park plans, the "
        "consultation closes on 25/04: "
        "https://www.leeds.gov.uk/planning/planning-applications/consultations",
    },
    {
        "when": (2025, 5, 16, 21, 7),
        "geo": (53.837812, -1.643561),
        "text": "Pint in the garden, sun still out at nine. This is why we put up with February.",
    },
    {
        "when": (2025, 5, 21, 12, 30),
        "client": "web",
        "deleted_after_hours": 0.5,
        "text": "Anyone else at WYCC getting the new Teams phones this week? Mine has been "
        "ringing for an hour and I can't find the button.",
    },
    {
        "when": (2025, 6, 12, 22, 3),
        "text": "Evie was the best tree in the history of the Broadgate Primary summer play. "
        "Two lines, delivered with total conviction. Proud dad.",
    },
    {
        "when": (2025, 6, 24, 20, 40),
        "text": "Can't stop watching this. Another council's planning committee, 40 minutes "
        "on the colour of some bin stores https://youtu.be/Vq7rT2xLmPc?si=K3pWd9XeQz1nYb5H",
    },
    {
        "when": (2025, 7, 8, 21, 15),
        "text": "Allotment update for the three people who care: the courgettes have won "
        "https://www.instagram.com/p/DLx4qR7sT2n/?igshid=MzRlODBiNWFlZA==",
    },
    {
        "when": (2025, 7, 25, 19, 55),
        "text": "Out of office on, car packed, dog at my mum's in Otley. Nine days of no "
        "emails. See you on the other side.",
    },
    {
        "when": (2025, 8, 4, 12, 36),
        "client": "web",
        "text": "Back at my desk. 412 unread emails and someone has taken my chair. Good to be home though.",
    },
    {
        "when": (2025, 9, 3, 20, 22),
        "text": "Finally tidied up the little script I use to pull the weekly planning lists "
        "into a spreadsheet. If it's any use to anyone: https://github.com/jsmethurst84",
    },
    {
        "when": (2025, 9, 10, 22, 48),
        "deleted_after_hours": 5,
        "text": "Walked past my own name on a committee report in the library display this "
        "afternoon. Strange feeling.",
    },
    {
        "when": (2025, 9, 17, 12, 47),
        "client": "web",
        "text": "A few of you have asked how to get in touch about the residents' guide. "
        "Email quietclerk.writes@proton.me or text 07700 900418 (not at work, obviously).",
    },
    {
        "when": (2025, 10, 2, 12, 26),
        "client": "web",
        "media": ["papers"],
        "text": "Committee agenda just landed. 214 pages. Thursday night sorted.",
    },
    {
        "when": (2025, 10, 16, 21, 31),
        "text": "Turning 41 on Saturday. Asked for nothing. Family have ignored this and I "
        "can hear wrapping paper.",
    },
    {
        "when": (2025, 10, 21, 12, 19),
        "client": "web",
        "text": "Lunchtime thought: whoever designed the one-way system in Headingley has "
        "never had to get a child to a party through it on a match day.",
    },
    {
        "when": (2025, 11, 5, 19, 42),
        "geo": (53.841190, -1.636204),
        "text": "Bonfire at the cricket club. Biscuit is under the bed and not coming out until Sunday.",
    },
    {
        "when": (2025, 11, 12, 20, 10),
        "deleted_after_hours": 12,
        "text": "Our Priya has just been made team leader and nobody deserves it more. Drinks on Friday.",
    },
    {
        "when": (2025, 11, 26, 12, 58),
        "client": "web",
        "text": "Pothole the size of a paddling pool at the end of our road (LS18 5PQ, if "
        "highways are reading). Reported it three times.",
    },
    {
        "when": (2025, 12, 9, 20, 5),
        "text": "Evie's nativity tomorrow. She's a sheep this year, a demotion from last "
        "year's star, but she's taking it well.",
    },
    {
        "when": (2025, 12, 25, 21, 10),
        "text": "Merry Christmas from a man who has eaten his body weight in pigs in "
        "blankets. Hope yours was a good one.",
    },
    {
        "when": (2026, 1, 13, 12, 22),
        "client": "web",
        "text": "Site visit in Otley this morning in sideways rain. Glamorous life, local government.",
    },
    {
        "when": (2026, 1, 28, 23, 12),
        "deleted_after_hours": 9,
        "text": "Some councillors read the officer report. Some read the first page. One "
        "read neither and still had the loudest opinion in the room tonight.",
    },
    {
        "when": (2026, 2, 11, 12, 44),
        "client": "web",
        "text": "Our directorate has been 'restructured' for the third time since I joined. "
        "Same desks, new org chart, fewer people.",
    },
    {
        "when": (2026, 3, 5, 12, 31),
        "client": "web",
        "text": "Q&A with the new Director today. Asked about vacancies. Got a slide about "
        "'our journey'. #localgov",
    },
]


# Posts that only make sense on particular days (ISO dates, inclusive ranges).
DATED = {
    "Last week in the office before the break": [("2025-12-15", "2025-12-19")],
    "First week back after Christmas": [("2025-01-06", "2025-01-10"), ("2026-01-05", "2026-01-09")],
    "New Year's resolution": [("2025-01-06", "2025-01-12"), ("2026-01-02", "2026-01-11")],
    "Half term.": [
        ("2025-02-17", "2025-02-21"),
        ("2025-10-27", "2025-10-31"),
        ("2026-02-16", "2026-02-20"),
    ],
    "Still not over Monday. Promoted.": [("2025-04-22", "2025-04-24")],
    "School holidays have started": [("2025-07-19", "2025-07-25")],
    "The kids have gone back to school": [("2025-09-03", "2025-09-12")],
    "Christmas dinner survived": [("2025-12-27", "2025-12-28")],
    "Between Christmas and New Year": [("2025-12-27", "2025-12-31")],
    "Clocks went forward": [("2025-03-30", "2025-04-03")],
    "Clocks go back tonight": [("2025-10-25", "2025-10-25")],
    "Pancake day": [("2025-03-04", "2025-03-04"), ("2026-02-17", "2026-02-17")],
    "Easter egg hunt": [("2025-04-19", "2025-04-20")],
    "Remembrance Sunday": [("2025-11-09", "2025-11-09")],
    "Fireworks going off already": [("2025-11-01", "2025-11-02")],
    "Midsummer.": [("2025-06-21", "2025-06-24")],
    "Transfer deadline day": [
        ("2025-02-03", "2025-02-03"),
        ("2025-09-01", "2025-09-01"),
        ("2026-02-02", "2026-02-02"),
    ],
    "Fixtures out.": [("2025-06-18", "2025-06-20")],
}
# Follow-ups: only after the post they follow.
AFTER = {"Biscuit update: the sock has reappeared": "Biscuit has eaten a sock"}

for _entry in ORIGINALS:
    for _prefix, _ranges in DATED.items():
        if _entry["text"].startswith(_prefix):
            _entry["dates"] = _ranges
    for _prefix, _before in AFTER.items():
        if _entry["text"].startswith(_prefix):
            _entry["after"] = _before

# Posts that only fit some weekdays (Monday = 0) or times of day (local HH:MM).
WHEN = {
    "went live on Monday. It is now Thursday": {"wd": (3,)},
    "Nothing makes you appreciate a quiet Friday": {"wd": (4,)},
    "Tuesday feels like a Thursday": {"wd": (1,)},
    "Committee tonight.": {"wd": (0, 1, 2, 3)},
    "Committee done at 21:40": {"from": "21:45"},
    "Fell asleep on the sofa at 21:15": {"from": "22:45"},
    "Ordered a takeaway at half seven": {"from": "20:15"},
    "Sunday roast done": {"wd": (6,), "from": "14:30"},
    "Car boot sale this morning": {"to": "14:00"},
    "Saturday jobs list": {"wd": (5,)},
    "Parkrun this morning": {"wd": (5,), "to": "13:00"},
    "Parkrun done in the rain": {"wd": (5,), "to": "13:00"},
    "Farmers' market this morning": {"to": "14:00"},
    "Leisurely Saturday": {"wd": (5,), "to": "13:00"},
    "Rainy Sunday": {"wd": (6,)},
    "Tip run on a Saturday morning": {"wd": (5,)},
    "Writing this on a Sunday night": {"wd": (6,), "from": "19:00"},
    "Sunday night and the ironing": {"wd": (6,), "from": "19:00"},
    "Midweek game tonight": {"wd": (1, 2)},
    "Lie-in until 08:30": {"to": "12:00"},
    "Matchday. Lucky scarf on": {"to": "14:45"},
    "Two-nil up at half time": {"from": "12:45", "to": "21:00"},
    "Lost in the 93rd minute": {"from": "13:50"},
    "Three points. I'll take it": {"from": "13:50"},
    "Draw. Fair result": {"from": "13:50"},
    "anything about the referee": {"from": "13:50"},
    "Took Dad to the football": {"from": "17:00"},
    "Minus four this morning": {"to": "13:30"},
    "first frost on the grass": {"to": "13:30"},
    "Spent the afternoon building a flat-pack": {"from": "16:00"},
    "Made a curry from scratch tonight": {"from": "19:00"},
    "Dog walk at dusk": {"from": "19:00"},
    "Hosepipe in one hand": {"from": "18:00"},
    "Kids asleep, dishwasher on": {"from": "20:00"},
    "Dog walked, kids in bed": {"from": "20:00"},
    "First barbecue of the year": {"from": "16:45"},
    "Fireworks going off already": {"from": "17:00"},
    "Come on lads. Need a performance today": {"to": "14:45"},
    "Get in!!": {"from": "12:45"},
    "Team news is in": {"wd": (5, 6), "to": "14:50"},
    "FULL-TIME: What a performance": {"wd": (5, 6), "from": "16:50"},
    "Sunrise from the top of the Chevin": {"to": "12:00"},
    "Otley Show is on this weekend": {"wd": (3, 4)},
    "Same here this morning. Two carriages": {"to": "13:30"},
}
for _entry in ORIGINALS + REPLIES + RETWEETS:
    for _needle, _rule in WHEN.items():
        if _needle in _entry["text"]:
            _entry["when"] = _rule
