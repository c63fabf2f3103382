"""Common news constructions, invented: does the engine read each one right?

    python -m benchmarks.constructions [--failures]

Each case is a tiny story (one article: a lead sentence about a bus depot, then the
case's paragraphs) and the side one actor should take, or the status the story should
end with. The sentences are written for this benchmark, in the ways English news
reports support, opposition, indecision and decisions; none comes from an article.
They test the grammar the engine reads (a label's "of" phrase, a negation in its own
conjunct, a participle's "by" phrase), so a case that fails names a kind of error,
and one that passes stays a check against regressions. Some are known failures, left
in on purpose: the report counts them, and `tests/benchmarks/test_constructions.py`
keeps the number right from falling.
"""

from __future__ import annotations

import argparse
import datetime as dt

from briefgen.analyse import analyse
from briefgen.ingest.text import split_sentences
from briefgen.model import Article, Brief, Story

LEAD = "The city council is considering a plan to build a bus depot in Riverside."
TITLE = "City weighs plan for a new bus depot"

# (paragraphs after the lead, actor, side); "neutral" also holds for an actor not placed
STANCE: tuple[tuple[tuple[str, ...], str, str], ...] = (
    # taking a side in one sentence: verbs, nouns, labels, speech
    (
        ("Union leader Mary Cole urged councillors to reject the depot plan.",),
        "Mary Cole",
        "opponent",
    ),
    (("Mary Cole called on the council to scrap the depot plan.",), "Mary Cole", "opponent"),
    (
        ("Mary Cole called on the council to approve the depot plan without delay.",),
        "Mary Cole",
        "supporter",
    ),
    (
        ("The Riverside Tenants Union vowed to fight the depot plan.",),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        ("The Riverside Tenants Union has threatened legal action over the depot plan.",),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        ("The Riverside Tenants Union said it would challenge the depot plan in court.",),
        "Riverside Tenants Union",
        "opponent",
    ),
    (("Mary Cole said the depot would create hundreds of jobs.",), "Mary Cole", "supporter"),
    (("Mary Cole said the depot would ruin the neighbourhood.",), "Mary Cole", "opponent"),
    (("Mary Cole argued that the depot plan was long overdue.",), "Mary Cole", "supporter"),
    (("Mary Cole dismissed the depot plan as a waste of money.",), "Mary Cole", "opponent"),
    (("Mary Cole described the depot plan as a sensible step.",), "Mary Cole", "supporter"),
    (
        ("The depot plan has the backing of the Riverside Chamber of Commerce.",),
        "Riverside Chamber of Commerce",
        "supporter",
    ),
    (
        ("The Riverside Chamber of Commerce threw its weight behind the depot plan.",),
        "Riverside Chamber of Commerce",
        "supporter",
    ),
    (
        ("The Riverside Chamber of Commerce has lobbied for the depot plan for years.",),
        "Riverside Chamber of Commerce",
        "supporter",
    ),
    (
        ("The Riverside Chamber of Commerce campaigned against the depot plan.",),
        "Riverside Chamber of Commerce",
        "opponent",
    ),
    (
        ("Mary Cole, a long-time critic of the depot plan, said she would keep fighting.",),
        "Mary Cole",
        "opponent",
    ),
    (
        ("Mary Cole, who has championed the depot plan, said she was delighted.",),
        "Mary Cole",
        "supporter",
    ),
    (('"This depot is exactly what Riverside needs," said Mary Cole.',), "Mary Cole", "supporter"),
    (('"This depot will be a disaster for Riverside," said Mary Cole.',), "Mary Cole", "opponent"),
    (("Mary Cole questioned whether the depot plan was affordable.",), "Mary Cole", "opponent"),
    (("Mary Cole raised concerns about the cost of the depot plan.",), "Mary Cole", "opponent"),
    (("Mary Cole signed a petition against the depot plan.",), "Mary Cole", "opponent"),
    (("Mary Cole led a protest against the depot plan on Saturday.",), "Mary Cole", "opponent"),
    (("Mary Cole voted in favour of building the depot.",), "Mary Cole", "supporter"),
    (("Mary Cole voted against the depot plan.",), "Mary Cole", "opponent"),
    (("Mary Cole abstained in the vote on the depot plan.",), "Mary Cole", "neutral"),
    (
        ("Mary Cole said she had serious reservations about the depot plan.",),
        "Mary Cole",
        "opponent",
    ),
    (("Mary Cole is among those pushing for the depot plan.",), "Mary Cole", "supporter"),
    (
        ("Mary Cole accused the council of rushing through the depot plan.",),
        "Mary Cole",
        "opponent",
    ),
    (
        ("Mary Cole praised the council for its courage in backing the depot plan.",),
        "Mary Cole",
        "supporter",
    ),
    (("Mary Cole warned that the depot plan would push up rents.",), "Mary Cole", "opponent"),
    (("Mary Cole insisted the depot plan was the right decision.",), "Mary Cole", "supporter"),
    (("Mary Cole hailed the depot plan as a victory for residents.",), "Mary Cole", "supporter"),
    (("Mary Cole slammed the depot plan.",), "Mary Cole", "opponent"),
    (("Mary Cole branded the depot plan a disgrace.",), "Mary Cole", "opponent"),
    (("Mary Cole has spoken out against the depot plan.",), "Mary Cole", "opponent"),
    (
        ("Mary Cole spoke in support of building the depot at the meeting.",),
        "Mary Cole",
        "supporter",
    ),
    (("Mary Cole is opposed to the depot plan.",), "Mary Cole", "opponent"),
    (("Mary Cole is in favour of the depot plan.",), "Mary Cole", "supporter"),
    (("Mary Cole has been a vocal supporter of the depot plan.",), "Mary Cole", "supporter"),
    (
        ("Mary Cole has been one of the fiercest opponents of the depot plan.",),
        "Mary Cole",
        "opponent",
    ),
    (
        ("Mary Cole said the council should think again about the depot plan.",),
        "Mary Cole",
        "opponent",
    ),
    (("Mary Cole said the depot plan should go ahead.",), "Mary Cole", "supporter"),
    (("Mary Cole said the depot plan should be shelved.",), "Mary Cole", "opponent"),
    (("Mary Cole wrote to the council to object to the depot plan.",), "Mary Cole", "opponent"),
    (
        ("Mary Cole welcomed the council's decision to press ahead with the depot plan.",),
        "Mary Cole",
        "supporter",
    ),
    (
        (
            "Mary Cole expressed disappointment at the council's decision to approve the depot "
            "plan.",
        ),
        "Mary Cole",
        "opponent",
    ),
    (("Mary Cole defended the depot plan against its critics.",), "Mary Cole", "supporter"),
    (
        ("Mary Cole rejected claims that the depot plan would harm the town.",),
        "Mary Cole",
        "supporter",
    ),
    # speech, votes and lists of actors
    (('Opposition spokesman Tom Reyes said: "This plan is a shambles."',), "Tom Reyes", "opponent"),
    (('Tom Reyes said: "We will vote against it."',), "Tom Reyes", "opponent"),
    (
        ("The Riverside Tenants Union said it would vote against the depot plan.",),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        ("The Riverside Tenants Union said it had no objection to the depot plan.",),
        "Riverside Tenants Union",
        "supporter",
    ),
    (
        ("Tom Reyes said he would not support the depot plan in its current form.",),
        "Tom Reyes",
        "opponent",
    ),
    (
        ('Tom Reyes, who chairs the transport committee, said the depot plan was "a good idea".',),
        "Tom Reyes",
        "supporter",
    ),
    (
        ("But Tom Reyes was unconvinced.", '"I cannot see how this depot will work," he said.'),
        "Tom Reyes",
        "opponent",
    ),
    (("Tom Reyes has long argued for a new depot.",), "Tom Reyes", "supporter"),
    (
        ("Tom Reyes accused the council of ignoring residents over the depot plan.",),
        "Tom Reyes",
        "opponent",
    ),
    (
        ("The Riverside Tenants Union has vowed to block the depot plan.",),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        ("The Riverside Tenants Union is leading the campaign against the depot plan.",),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        ("The Riverside Tenants Union is leading the campaign for the depot plan.",),
        "Riverside Tenants Union",
        "supporter",
    ),
    (
        ("Tom Reyes said the depot plan would be a boost for the local economy.",),
        "Tom Reyes",
        "supporter",
    ),
    (
        ("Tom Reyes said the depot plan was a threat to the local economy.",),
        "Tom Reyes",
        "opponent",
    ),
    (('Tom Reyes said the depot plan was "unacceptable".',), "Tom Reyes", "opponent"),
    (
        ('Tom Reyes said the depot plan "points in the right direction".',),
        "Tom Reyes",
        "supporter",
    ),
    (("Tom Reyes said the depot plan had his full support.",), "Tom Reyes", "supporter"),
    (("Tom Reyes said residents had been ignored.",), "Tom Reyes", "opponent"),
    (
        ("Tom Reyes told the BBC the depot plan was the best option for the city.",),
        "Tom Reyes",
        "supporter",
    ),
    (("Tom Reyes told the BBC the depot plan was the wrong answer.",), "Tom Reyes", "opponent"),
    (
        ("Tom Reyes said he was delighted that the depot plan had been approved.",),
        "Tom Reyes",
        "supporter",
    ),
    (
        ("Tom Reyes said he was dismayed that the depot plan had been approved.",),
        "Tom Reyes",
        "opponent",
    ),
    (
        (
            "Tom Reyes said the council had listened to residents and dropped the depot plan, "
            "which he welcomed.",
        ),
        "Tom Reyes",
        "opponent",
    ),
    (("Tom Reyes voted for the depot plan, as did Ana Lima.",), "Ana Lima", "supporter"),
    (("Tom Reyes and Ana Lima both opposed the depot plan.",), "Ana Lima", "opponent"),
    (("Tom Reyes opposed the depot plan, but Ana Lima backed it.",), "Ana Lima", "supporter"),
    (("Tom Reyes opposed the depot plan, but Ana Lima backed it.",), "Tom Reyes", "opponent"),
    (
        ("Environmental groups, including Friends of the River, condemned the depot plan.",),
        "Friends of the River",
        "opponent",
    ),
    (
        ("Business leaders, such as Ana Lima of the Riverside Chamber, welcomed the depot plan.",),
        "Ana Lima",
        "supporter",
    ),
    (("Tom Reyes has not yet decided whether to back the depot plan.",), "Tom Reyes", "neutral"),
    (('Tom Reyes described the depot plan as "madness".',), "Tom Reyes", "opponent"),
    (("Tom Reyes said the depot was needed to cut congestion.",), "Tom Reyes", "supporter"),
    (("Tom Reyes said there was no need for a depot.",), "Tom Reyes", "opponent"),
    (("Tom Reyes said the money would be better spent on schools.",), "Tom Reyes", "opponent"),
    # who speaks, and for whom
    (
        (
            "Tom Reyes, the opposition leader, spoke on Monday.",
            'Mr Reyes said: "This depot is a disgrace."',
        ),
        "Tom Reyes",
        "opponent",
    ),
    (
        ("Tom Reyes spoke on Monday.", '"This depot is a disgrace," he added.'),
        "Tom Reyes",
        "opponent",
    ),
    (
        ("Speaking on local radio, Tom Reyes said the depot plan was a disgrace.",),
        "Tom Reyes",
        "opponent",
    ),
    (
        ("In a statement, the Riverside Tenants Union said the depot plan was a disgrace.",),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        ("A spokesman for the Riverside Tenants Union said the depot plan was a disgrace.",),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        (
            "A spokeswoman for the Riverside Chamber of Commerce said the depot plan was welcome "
            "news.",
        ),
        "Riverside Chamber of Commerce",
        "supporter",
    ),
    (("The Civic Party's Tom Reyes said the depot plan was a disgrace.",), "Tom Reyes", "opponent"),
    (
        ("Tom Reyes, for the Civic Party, said the depot plan was a disgrace.",),
        "Tom Reyes",
        "opponent",
    ),
    (
        ("The Civic Party said the depot plan was a disgrace.",),
        "Civic Party",
        "opponent",
    ),
    (
        ("Critics, including Tom Reyes, say the depot plan is a waste of money.",),
        "Tom Reyes",
        "opponent",
    ),
    (
        ("Supporters of the depot plan, such as Tom Reyes, argue that it will cut congestion.",),
        "Tom Reyes",
        "supporter",
    ),
    (('Tom Reyes said: "We welcome this depot.', 'It will bring jobs."'), "Tom Reyes", "supporter"),
    (
        ('"We oppose this depot," said Tom Reyes, chairman of the Riverside Tenants Union.',),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        ('"We oppose this depot," said Tom Reyes, chairman of the Riverside Tenants Union.',),
        "Tom Reyes",
        "opponent",
    ),
    (
        ("Tom Reyes, of the Riverside Tenants Union, said members opposed the depot plan.",),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        (
            "The Riverside Tenants Union, which represents 2,000 families, said it opposed the "
            "depot plan.",
        ),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        ("Tom Reyes, who represents Riverside on the council, said he opposed the depot plan.",),
        "Tom Reyes",
        "opponent",
    ),
    (
        ('Tom Reyes told reporters he would fight the depot plan "all the way".',),
        "Tom Reyes",
        "opponent",
    ),
    (('Tom Reyes said the depot plan "makes no sense".',), "Tom Reyes", "opponent"),
    (('Tom Reyes said the depot plan "makes a lot of sense".',), "Tom Reyes", "supporter"),
    (
        ('Asked whether he backed the depot plan, Tom Reyes said: "Absolutely."',),
        "Tom Reyes",
        "supporter",
    ),
    (
        ('Tom Reyes said the depot plan was "fundamentally flawed" and should be scrapped.',),
        "Tom Reyes",
        "opponent",
    ),
    (
        ("Tom Reyes said the council was right to press ahead with the depot plan.",),
        "Tom Reyes",
        "supporter",
    ),
    (
        ("Tom Reyes said the council was wrong to press ahead with the depot plan.",),
        "Tom Reyes",
        "opponent",
    ),
    (('Tom Reyes said it was a "sad day" for Riverside.',), "Tom Reyes", "opponent"),
    (('Tom Reyes said it was a "great day" for Riverside.',), "Tom Reyes", "supporter"),
    # pronouns, roles and references across sentences
    (
        ("The Riverside Tenants Union met on Monday.", "It said the depot plan was a disgrace."),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        ("Local shopkeepers met on Monday.", "They said the depot plan would ruin trade."),
        "Local shopkeepers",
        "opponent",
    ),
    (
        (
            "Tom Reyes chairs the Riverside Tenants Union.",
            "The union has vowed to fight the depot plan.",
        ),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        (
            "Transport minister Ana Ruiz visited Riverside.",
            "The minister said the depot plan would create jobs.",
        ),
        "Ana Ruiz",
        "supporter",
    ),
    (
        ("Ana Ruiz, the mayor, visited Riverside.", "The mayor said the depot would be a boon."),
        "Ana Ruiz",
        "supporter",
    ),
    (
        ("Tom Reyes is a Riverside councillor.", "The councillor has long opposed the depot plan."),
        "Tom Reyes",
        "opponent",
    ),
    (
        (
            "Ana Ruiz proposed the depot plan in March.",
            "Tom Reyes, a councillor, said her plan was reckless.",
        ),
        "Tom Reyes",
        "opponent",
    ),
    (
        ("Ana Ruiz proposed the depot plan in March.", "Tom Reyes attacked her over the plan."),
        "Tom Reyes",
        "opponent",
    ),
    (
        ("Ana Ruiz proposed the depot plan in March.", "Tom Reyes praised her for the plan."),
        "Tom Reyes",
        "supporter",
    ),
    (
        (
            "Ana Ruiz proposed the depot plan in March.",
            "Tom Reyes said Ms Ruiz had got it badly wrong.",
        ),
        "Tom Reyes",
        "opponent",
    ),
    (
        ("Ana Ruiz proposed the depot plan in March.", "Tom Reyes sided with Ms Ruiz."),
        "Tom Reyes",
        "supporter",
    ),
    (
        ("Ana Ruiz proposed the depot plan in March.", "Tom Reyes joined Ms Ruiz in backing it."),
        "Tom Reyes",
        "supporter",
    ),
    # no side: reporters, experts, procedure
    (
        ("BBC political editor Nick Robinson said the depot plan was a gamble.",),
        "Nick Robinson",
        "neutral",
    ),
    (
        ("Tom Reyes said he would study the depot plan carefully before deciding.",),
        "Tom Reyes",
        "neutral",
    ),
    (
        ("The council's chief executive, Tom Reyes, said a decision would be made in May.",),
        "Tom Reyes",
        "neutral",
    ),
    (
        (
            "Tom Reyes, a professor of transport at Riverside University, said depots of this "
            "size usually employ 200 people.",
        ),
        "Tom Reyes",
        "neutral",
    ),
    (("Tom Reyes said residents would be consulted on the depot plan.",), "Tom Reyes", "neutral"),
    (("Tom Reyes said the depot plan would be debated next week.",), "Tom Reyes", "neutral"),
    (("Tom Reyes declined to comment on the depot plan.",), "Tom Reyes", "neutral"),
    (
        ("Tom Reyes said he was still making up his mind about the depot plan.",),
        "Tom Reyes",
        "neutral",
    ),
    (("Tom Reyes said there were arguments on both sides.",), "Tom Reyes", "neutral"),
    (("The depot would be built on land owned by Tom Reyes.",), "Tom Reyes", "neutral"),
    (
        ("Tom Reyes, who lives near the site, said he had not heard about the depot plan.",),
        "Tom Reyes",
        "neutral",
    ),
    (("Tom Reyes said the vote was expected to be close.",), "Tom Reyes", "neutral"),
    # answering the critics, asking for a rethink
    (("Tom Reyes hit back at critics of the depot plan.",), "Tom Reyes", "supporter"),
    (
        ("Tom Reyes accused opponents of the depot plan of scaremongering.",),
        "Tom Reyes",
        "supporter",
    ),
    (
        ("Tom Reyes accused supporters of the depot plan of ignoring residents.",),
        "Tom Reyes",
        "opponent",
    ),
    (("Tom Reyes defended the decision to build the depot.",), "Tom Reyes", "supporter"),
    (("Tom Reyes said critics of the depot plan were wrong.",), "Tom Reyes", "supporter"),
    (("Tom Reyes dismissed concerns about the depot plan.",), "Tom Reyes", "supporter"),
    (
        ("Tom Reyes played down fears that the depot would bring traffic.",),
        "Tom Reyes",
        "supporter",
    ),
    (("Tom Reyes insisted the depot would not bring extra traffic.",), "Tom Reyes", "supporter"),
    (("Tom Reyes denied that the depot plan was being rushed.",), "Tom Reyes", "supporter"),
    (("Tom Reyes said the depot plan was being rushed through.",), "Tom Reyes", "opponent"),
    (("Tom Reyes claimed the depot plan was a cover for cuts.",), "Tom Reyes", "opponent"),
    (('Tom Reyes said the depot plan had been "cobbled together".',), "Tom Reyes", "opponent"),
    (("Tom Reyes urged the council to think again.",), "Tom Reyes", "opponent"),
    (("Tom Reyes urged the council to press ahead.",), "Tom Reyes", "supporter"),
    (("Tom Reyes called for a rethink of the depot plan.",), "Tom Reyes", "opponent"),
    (("Tom Reyes called for a public inquiry into the depot plan.",), "Tom Reyes", "opponent"),
    (("Tom Reyes demanded a U-turn on the depot plan.",), "Tom Reyes", "opponent"),
    (("Tom Reyes said the depot plan was a U-turn.",), "Tom Reyes", "opponent"),
    # parliament and parties: rebellions, pledges, verdicts in quotation marks
    (("Ministers say the depot will create hundreds of jobs.",), "government", "supporter"),
    (("The government insists the depot is needed.",), "government", "supporter"),
    (("Backbench MPs are threatening to rebel over the depot plan.",), "Backbench MPs", "opponent"),
    (
        ('A Riverside Council spokesman said the depot plan was "unworkable".',),
        "Riverside Council",
        "opponent",
    ),
    (
        ('Shadow transport secretary Tom Reyes said the depot plan was "a con".',),
        "Tom Reyes",
        "opponent",
    ),
    (('Tom Reyes warned the depot plan would "end in tears".',), "Tom Reyes", "opponent"),
    (('Tom Reyes said the depot plan was "long overdue".',), "Tom Reyes", "supporter"),
    (("Tom Reyes said he would be voting against the depot plan.",), "Tom Reyes", "opponent"),
    (("Tom Reyes said he would be voting for the depot plan.",), "Tom Reyes", "supporter"),
    (
        ("Tom Reyes said his party would repeal the depot plan if elected.",),
        "Tom Reyes",
        "opponent",
    ),
    (("Tom Reyes said his party would scrap the depot if it won power.",), "Tom Reyes", "opponent"),
    (
        ('Tom Reyes said the depot plan was "a victory for common sense".',),
        "Tom Reyes",
        "supporter",
    ),
    (('Tom Reyes said the depot plan was "a betrayal" of residents.',), "Tom Reyes", "opponent"),
    (('Tom Reyes said the depot plan would "devastate" the area.',), "Tom Reyes", "opponent"),
    (('Tom Reyes said the depot plan would "transform" the area.',), "Tom Reyes", "supporter"),
    (('Tom Reyes said the depot plan was "not the answer".',), "Tom Reyes", "opponent"),
    (('Tom Reyes said the depot plan was "the only option".',), "Tom Reyes", "supporter"),
    (('Tom Reyes said the depot was "vital" for the city.',), "Tom Reyes", "supporter"),
    (('Tom Reyes said the depot was "deeply flawed".',), "Tom Reyes", "opponent"),
    (('Tom Reyes said the depot plan had "widespread support".',), "Tom Reyes", "supporter"),
    # verdicts in quotation marks, letters and posts
    (('Tom Reyes said: "It is a scandal."',), "Tom Reyes", "opponent"),
    (('"It is a scandal," Tom Reyes told local radio.',), "Tom Reyes", "opponent"),
    (
        ('In a letter to the council, Tom Reyes wrote that the depot plan was "ill-conceived".',),
        "Tom Reyes",
        "opponent",
    ),
    (
        ("Writing in a local paper, Tom Reyes argued the depot would revive the area.",),
        "Tom Reyes",
        "supporter",
    ),
    (('Tom Reyes tweeted that the depot plan was "madness".',), "Tom Reyes", "opponent"),
    (
        ("Tom Reyes posted on social media that he backed the depot plan.",),
        "Tom Reyes",
        "supporter",
    ),
    (('Tom Reyes has described the depot as "a white elephant".',), "Tom Reyes", "opponent"),
    (('Tom Reyes said the depot plan was "dead in the water".',), "Tom Reyes", "opponent"),
    (('Tom Reyes called the depot plan "a disaster waiting to happen".',), "Tom Reyes", "opponent"),
    (('Tom Reyes said the depot plan was "not fit for purpose".',), "Tom Reyes", "opponent"),
    (('Tom Reyes said the depot plan was "fit for purpose".',), "Tom Reyes", "supporter"),
    (('Tom Reyes said the depot plan "ticks all the boxes".',), "Tom Reyes", "supporter"),
    (('Tom Reyes said the depot plan was "a huge mistake".',), "Tom Reyes", "opponent"),
    (('Tom Reyes said the depot plan was "good news for Riverside".',), "Tom Reyes", "supporter"),
    (('Tom Reyes said the depot plan was "bad news for Riverside".',), "Tom Reyes", "opponent"),
    (('Tom Reyes said he was "appalled" by the depot plan.',), "Tom Reyes", "opponent"),
    (('Tom Reyes said he was "thrilled" by the depot plan.',), "Tom Reyes", "supporter"),
    (('Tom Reyes said the depot plan was "a no-brainer".',), "Tom Reyes", "supporter"),
    (('Tom Reyes said the depot plan "simply will not work".',), "Tom Reyes", "opponent"),
    (('Tom Reyes said the depot plan was "exactly the right thing".',), "Tom Reyes", "supporter"),
    # who a title, a pronoun or a running quotation points to, across sentences
    (
        (
            "Shadow transport minister Tom Hale said the depot plan was a waste of money.",
            "But the minister said the depot was needed and would go ahead.",
        ),
        "Tom Hale",
        "opponent",
    ),
    (
        (
            "Health Secretary Tom Hale visited Riverside on Monday.",
            "Councillor Ana Lima said the depot plan was a welcome idea.",
            "Later, the health secretary said the depot was a costly mistake.",
            "He said it would ruin the riverside.",
        ),
        "Tom Hale",
        "opponent",
    ),
    (
        (
            "Councillor Tom Hale said he was sure Mayor Ben Okafor would drop the depot plan.",
            "He said the depot would be a costly mistake.",
        ),
        "Tom Hale",
        "opponent",
    ),
    (
        (
            "Transit chief Tom Hale emphasised that the depot was needed.",
            "According to Maria Lopez, a tenants' leader, the depot would ruin the riverside.",
            "The depot would waste money, she said.",
        ),
        "Maria Lopez",
        "opponent",
    ),
    (
        (
            'Transit chief Mary Cole said: "The depot is a fine plan.',
            '"We want tenants to ask the council for more buses.',
            '"We appeal to the council to back the depot."',
        ),
        "Mary Cole",
        "supporter",
    ),
    (
        (
            "Sir Tom Hale, the business group's director general, said the depot plan was a "
            "mistake.",
            "Sir Tom added that the depot would cost far too much.",
        ),
        "Tom Hale",
        "opponent",
    ),
    # a proposer's own words, a request, and someone else's motion
    (
        (
            'Transport Secretary Mary Cole said: "We are introducing the depot plan because '
            'Riverside needs it."',
        ),
        "Mary Cole",
        "proposer",
    ),
    (
        (
            "Transport Secretary Mary Cole has proposed the depot plan.",
            '"Buses are stuck in awful traffic and the old yards are a grim, dangerous mess," '
            "she said.",
        ),
        "Mary Cole",
        "proposer",
    ),
    (("Councillor Tom Hale appealed to residents to back the depot.",), "Tom Hale", "supporter"),
    (
        ("Councillor Tom Hale rejected the Rural Party's motion for a toll road.",),
        "Tom Hale",
        "neutral",
    ),
    # a verb of saying inside the quotation is what was said, not who said it
    (
        (
            '"The Riverside Transit Authority has quietly admitted the depot is a mistake," '
            "said Councillor Tom Hale.",
        ),
        "Riverside Transit Authority",
        "neutral",
    ),
    # a threat on the condition that the plan goes ahead (the bare "the depot", not
    # named as a plan, is not read as the proposal there: a known failure)
    (
        (
            "The Riverside Cyclists Club threatened to sue if the council presses ahead with "
            "the depot plan.",
        ),
        "Riverside Cyclists Club",
        "opponent",
    ),
    (
        (
            "The Riverside Tenants Union threatened a rent strike if the council presses ahead "
            "with the depot.",
        ),
        "Riverside Tenants Union",
        "opponent",
    ),
    (
        ("The Riverside Drivers Guild threatened to walk out unless the depot plan is dropped.",),
        "Riverside Drivers Guild",
        "opponent",
    ),
    # impatience for the plan
    (
        (
            '"Every month we wait is another month of buses parked on our streets," said '
            "Councillor Ana Ruiz.",
        ),
        "Ana Ruiz",
        "supporter",
    ),
    (('"Commuters have waited long enough," said Councillor Ana Ruiz.',), "Ana Ruiz", "supporter"),
    # a negation of what is said of the plan
    (
        ("Councillor Tom Hale said the depot plan was not a mistake.",),
        "Tom Hale",
        "supporter",
    ),
    # a family name written first, then alone
    (
        ("Councillor Zhou Lei spoke at Monday's meeting.", "Zhou opposed the depot plan."),
        "Zhou Lei",
        "opponent",
    ),
    # a country's association is not the country
    (
        ("Norway's main hotel association said the depot plan was a mistake.",),
        "Norway",
        "neutral",
    ),
    # "put it bluntly" reports speech
    (
        ('Its chair, Ana Ruiz, put it bluntly: "The depot is a disaster for this street."',),
        "Ana Ruiz",
        "opponent",
    ),
    # words of blame and praise
    (
        ("Councillor Tom Hale said the depot plan was piecemeal and toothless.",),
        "Tom Hale",
        "opponent",
    ),
    (
        ("The Riverside Tenants Union castigated the depot plan on Monday.",),
        "Riverside Tenants Union",
        "opponent",
    ),
    # an accented name is a person's
    (
        ("Councillor Siân Jones said she strongly opposed the depot plan.",),
        "Siân Jones",
        "opponent",
    ),
    # a name beside a role is a person's, also when the recogniser took it for a body
    (
        ("The union's president, Meirion Tywyn, said he strongly opposed the depot plan.",),
        "Meirion Tywyn",
        "opponent",
    ),
    # a body's name goes on over "and" when it pairs what the body is of
    (
        ("The Law Society of Northland and Southland said it strongly opposed the depot plan.",),
        "Law Society of Northland and Southland",
        "opponent",
    ),
    # a sponsor giving its plan up owned it
    (
        ("The depot plan has been scrapped by the Valmora government after protests.",),
        "Valmora government",
        "supporter",
    ),
    # "the union said it": not the body of another kind named before
    (
        (
            "The depot plan was drawn up by the Riverside Transit Authority.",
            "The union said it would fight the depot plan.",
        ),
        "Riverside Transit Authority",
        "proposer",
    ),
    # who heads a deciding body and defends the plan outright takes its side
    (
        ("The board's chair, Ana Ruiz, had defended the depot plan last month.",),
        "Ana Ruiz",
        "supporter",
    ),
    # a passive with no agent is done by no one named
    (
        (
            "The Riverside Assembly gave final approval to the depot bill, sending the measure "
            "to the mayor to be signed into law.",
        ),
        "Riverside Assembly",
        "neutral",
    ),
    # "It" after a sentence about a named bill is the bill
    (
        (
            "The depot plan must still pass the Riverside Assembly.",
            "The Riverside Depot Bill came out on Tuesday.",
            "It proposes a new bus depot beside the river.",
        ),
        "Riverside Assembly",
        "neutral",
    ),
    # "Its policy director" works for the body named before
    (
        (
            "The Harbour Cycling League welcomed the depot plan.",
            "Its policy director, Ana Ruiz, said it would cut traffic.",
        ),
        "Ana Ruiz",
        "supporter",
    ),
    # a lost chance regretted after a rejection
    (
        (
            "The council rejected the depot plan on Monday.",
            'Ana Ruiz called the vote "a missed chance".',
        ),
        "Ana Ruiz",
        "supporter",
    ),
    # flaws found in the plan
    (
        ('Jane Roe said: "The intention is good, but the depot plan has the same flaws."',),
        "Jane Roe",
        "opponent",
    ),
    # a harm that follows without the plan
    (
        (
            '"Without the depot, the buses will simply not get the repairs they need," Ana '
            "Ruiz said.",
        ),
        "Ana Ruiz",
        "supporter",
    ),
    # an evaluation led by an adjective judges the decision
    (
        (
            "The council rejected the depot plan on Monday.",
            'Jane Roe said the vote was "a victory for common sense".',
        ),
        "Jane Roe",
        "opponent",
    ),
    # "signed off on" approves, it does not propose
    (
        (
            "The Riverside Transit Authority signed off on Wednesday on the council's request "
            "to build the depot.",
        ),
        "Riverside Transit Authority",
        "neutral",
    ),
    # proposing the proposal's own act
    (
        ("The Harbour Council has proposed building the depot beside the river.",),
        "Harbour Council",
        "proposer",
    ),
    # an institution's name in capitals owns the plan
    (
        ("The Government's plan to fund the depot has been criticised by residents.",),
        "Government",
        "proposer",
    ),
    # the proposal acting against a bad thing, and failing to
    (("Mary Cole said the depot would cut accidents on the ring road.",), "Mary Cole", "supporter"),
    (("Mary Cole said the depot would do little to cut accidents.",), "Mary Cole", "opponent"),
    # who withdraws a plan proposed it
    (
        ("The Harbour Council has abandoned plans for a second depot after protests.",),
        "Harbour Council",
        "proposer",
    ),
    # a wire service's dateline names no actor
    (
        ("RIVERSIDE, Northland (AP) - Residents have attacked the depot plan.",),
        "RIVERSIDE",
        "neutral",
    ),
    # a name in apposition with a noun for a body
    (
        ("Quiet Nights, a residents' campaign, attacked the depot plan.",),
        "Quiet Nights",
        "opponent",
    ),
    # the one accused of or praised for an act did it
    (("Mary Cole accused Tom Hale of attacking the depot plan.",), "Tom Hale", "opponent"),
    (("Mary Cole accused Tom Hale of attacking the depot plan.",), "Mary Cole", "supporter"),
    (("Mary Cole praised Tom Hale for backing the depot plan.",), "Tom Hale", "supporter"),
    # who a group with a side is said to be
    (
        ("Groups fighting the depot plan include Quiet Nights and the Canal Society.",),
        "Canal Society",
        "opponent",
    ),
    (("Critics of the depot plan include the Canal Society.",), "Canal Society", "opponent"),
    (
        ("The Canal Society is among the supporters of the depot plan.",),
        "Canal Society",
        "supporter",
    ),
    (("A group called Riverside Forward backs the depot plan.",), "Riverside Forward", "supporter"),
    # the subject after a fronted participle
    (
        ("Opposed to the depot plan are Quiet Nights and the Canal Society.",),
        "Canal Society",
        "opponent",
    ),
    # "neither ... nor" denies the verb of both
    (
        ("Neither Quiet Nights nor the Canal Society supports the depot plan.",),
        "Canal Society",
        "opponent",
    ),
    # most of a group just named stand for it
    (
        ("Residents filled the hall, and most who took the floor were against the depot plan.",),
        "Residents",
        "opponent",
    ),
    # a change offered to the plan is not the plan
    (("Mary Cole rejected a Green Party amendment to the depot plan.",), "Mary Cole", "neutral"),
    # a body's title alone is the person named with it before
    (
        (
            "Green Party leader Mary Cole spoke in Leeds on Monday.",
            "The Green Party leader said the depot plan was a disaster.",
        ),
        "Mary Cole",
        "opponent",
    ),
    # who agrees with someone takes their side
    (
        (
            "Mary Cole strongly opposed the depot plan.",
            "Councillor Tom Hale agreed with Ms Cole.",
        ),
        "Tom Hale",
        "opponent",
    ),
    # a news outlet reports
    (("The Riverside Herald said the depot plan was a disaster.",), "Riverside Herald", "neutral"),
    # a judgement of what the decision brings about, read against the outcome
    (
        (
            "The council rejected the depot plan on Monday.",
            "Quiet Nights said the decision would make neighbouring towns wary of such schemes.",
        ),
        "Quiet Nights",
        "supporter",
    ),
    # "the group" is the body the sentence before is about, not the court its clause names
    (
        (
            "The Riverside Trust lost its court challenge on Monday when the High Court"
            " ruled the plan lawful.",
            'But the group says: "We will fight the depot all the way."',
        ),
        "Riverside Trust",
        "opponent",
    ),
    # a label of a side as an object
    (("Mayor Ana Lima rounded on critics of the depot plan.",), "critics", "opponent"),
    # a vote listed after the verb, names after a plural title
    (
        (
            "The council threw the depot plan out by five votes to three.",
            "Voting against were Cllrs Ferris, Ines Okoro and Paddy Lamb.",
        ),
        "Ines Okoro",
        "opponent",
    ),
    # an act taken back: "was wrong to"
    (
        ("Councillor Ed Marsh said he had been wrong to support the depot plan.",),
        "Ed Marsh",
        "opponent",
    ),
    # keeping an act against it
    (
        (
            "The mayor vetoed the depot plan in May.",
            "The Riverside Tenants Union urged councillors to uphold the veto.",
        ),
        "Riverside Tenants Union",
        "opponent",
    ),
    # a campaign named to save what the plan is about
    (
        ("The Save Riverside Depot Site campaign held a vigil outside the town hall.",),
        "Save Riverside Depot Site",
        "opponent",
    ),
    # the plan costing someone named
    (("Mary Cole said the depot would cost local ratepayers a fortune.",), "Mary Cole", "opponent"),
    # what others called it, reported
    (
        (
            "Mary Cole said the depot plan was dreadful.",
            '"They called it fair and modern," she said.',
        ),
        "Mary Cole",
        "opponent",
    ),
    # a body that takes no position, and its officer who signs nothing
    (
        (
            "The Riverside Cycling Club is not taking a position on the depot plan.",
            "Its secretary, Ruth Abney, said riders would need new lanes if it went ahead.",
        ),
        "Ruth Abney",
        "neutral",
    ),
    # labels said of someone, and denied
    (("Mary Cole is a staunch defender of the depot plan.",), "Mary Cole", "supporter"),
    (("Mary Cole is no fan of the depot plan.",), "Mary Cole", "opponent"),
    # acting "against" the plan by name, whatever the act
    (("Mary Cole led the charge against the depot plan.",), "Mary Cole", "opponent"),
    # taking a side back
    (
        ("The Riverside Cycling Club withdrew its support for the depot plan in May.",),
        "Riverside Cycling Club",
        "opponent",
    ),
    # saying nothing, and withholding a side
    (
        ("Tenants condemned the depot plan.", "The Harbour Party has not said how it would vote."),
        "Harbour Party",
        "neutral",
    ),
    (
        ("The Riverside Cycling Club has not endorsed the depot plan.",),
        "Riverside Cycling Club",
        "neutral",
    ),
    # a division list
    (
        (
            "Councillors voted 6-4 against the depot plan.",
            "Against (6): Mary Cole, Tom Hale, Ana Lima, Ben Okafor, Ruth Abney, Sam Reyes.",
        ),
        "Ruth Abney",
        "opponent",
    ),
    # a recommendation takes the side of what it recommends
    (("Mary Cole recommended refusal of the depot plan.",), "Mary Cole", "opponent"),
    # a change of tune told before the side it turns
    (
        ("Councillor Tom Hale has changed his tune.", "In April he voted for the depot plan."),
        "Tom Hale",
        "opponent",
    ),
    # a bulleted division list with its count
    (
        (
            "Councillors backed the depot plan 7-5 on Monday.",
            "- No (5): the remaining independents, led by Mary Cole of Northgate.",
        ),
        "Mary Cole",
        "opponent",
    ),
    # hoping others act; a push for a delay; going to law; a bare predicate
    (
        ("The Riverside Cycling Club hopes councillors will drop the depot plan.",),
        "Riverside Cycling Club",
        "opponent",
    ),
    (("Councillor Mary Cole is leading a push for a delay.",), "Mary Cole", "opponent"),
    (
        ("The Riverside Cycling Club is considering legal action over the depot.",),
        "Riverside Cycling Club",
        "opponent",
    ),
    (
        ("The depot plan was put to residents.", "The Riverside Traders Guild was scathing."),
        "Riverside Traders Guild",
        "opponent",
    ),
    (
        ("The depot plan was put to residents.", "Bus firms were less enthusiastic."),
        "Bus firms",
        "opponent",
    ),
    # what a proposal does to goods and to those it binds
    (
        ("The Riverside Traders Guild said the depot would deter investment.",),
        "Riverside Traders Guild",
        "opponent",
    ),
    (
        ("Riverside Coaches says the depot plan would force it to cut routes.",),
        "Riverside Coaches",
        "opponent",
    ),
    # a rival motion and the votes on it
    (
        (
            "Councillors debated the depot plan for three hours.",
            "Mary Cole then moved a rival motion that the city should not proceed with the depot.",
            "She was backed by councillor Tom Hale.",
        ),
        "Tom Hale",
        "opponent",
    ),
    # a faction of a chamber voting
    (("Green councillors voted against the depot plan.",), "Green councillors", "opponent"),
    # a relative clause on what a copula says the subject is
    (("Mary Cole is a campaigner who opposes the depot plan.",), "Mary Cole", "opponent"),
    (("Mary Cole was the only councillor to vote for the depot plan.",), "Mary Cole", "supporter"),
    # a misgiving rejected, a feeling of alarm, a proposal weighed
    (("Council leader Mary Cole dismissed the criticism.",), "Mary Cole", "supporter"),
    (("The Riverside Traders Guild said it was appalled.",), "Riverside Traders Guild", "opponent"),
    (
        ("The Riverside Traders Guild said it was studying the depot plan.",),
        "Riverside Traders Guild",
        "neutral",
    ),
    # a side turned later in the same sentence
    (
        ("Councillor Tom Hale backed the depot plan in May but has since changed his mind.",),
        "Tom Hale",
        "opponent",
    ),
    # a list of names read as appositions
    (
        ("Councillors Mary Cole, Tom Hale, Eva Kim and Rui Costa voted against the depot plan.",),
        "Eva Kim",
        "opponent",
    ),
)

# (title, paragraphs, status): the story is the paragraphs alone
STATUS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "Depot bill vote",
        (
            "All the parties except the Valley Party voted against a bill to build a bus depot "
            "in Riverside.",
        ),
        "rejected",
    ),
    (
        "Council approves bus depot",
        (
            "The city council voted 7-2 on Tuesday to approve a plan to build a bus depot in "
            "Riverside.",
        ),
        "approved",
    ),
    (
        "Council rejects bus depot",
        (
            "The city council voted 7-2 on Tuesday to reject a plan to build a bus depot in "
            "Riverside.",
        ),
        "rejected",
    ),
    (
        "Council meets on depot plan",
        ("Plans for a bus depot in Riverside have been shelved after a public outcry.",),
        "withdrawn",
    ),
    (
        "Depot vote delayed",
        ("A vote on a plan to build a bus depot in Riverside has been postponed until next year.",),
        "postponed",
    ),
    (
        "Council to vote on depot",
        ("The city council will vote next week on a plan to build a bus depot in Riverside.",),
        "pending",
    ),
    (
        "MPs pass depot bill",
        ("MPs have passed a bill to build a bus depot in Riverside by 300 votes to 200.",),
        "passed",
    ),
    (
        "Depot bill defeated",
        (
            "A bill to build a bus depot in Riverside was defeated in the assembly by 300 votes to "
            "200.",
        ),
        "rejected",
    ),
    (
        "Depot scheme scrapped",
        ("The government has scrapped its plan to build a bus depot in Riverside, citing costs.",),
        "withdrawn",
    ),
    (
        "Minister unveils depot plan",
        (
            "The transport minister has unveiled plans to build a bus depot in Riverside.",
            "The plans will be put out to consultation.",
        ),
        "pending",
    ),
    (
        "Court blocks depot",
        (
            "A court has blocked a plan to build a bus depot in Riverside, ruling that the "
            "council acted unlawfully.",
        ),
        "rejected",
    ),
    (
        "Depot gets go-ahead",
        ("A plan to build a bus depot in Riverside has been given the go-ahead by planners.",),
        "approved",
    ),
    (
        "Depot plan U-turn",
        (
            "The council has backed down over its plan to build a bus depot in Riverside after "
            "protests.",
        ),
        "withdrawn",
    ),
    (
        "Depot plan dropped",
        ("The council has dropped its plan to build a bus depot in Riverside.",),
        "withdrawn",
    ),
    (
        "Depot plan put on hold",
        ("The council has put its plan to build a bus depot in Riverside on hold.",),
        "postponed",
    ),
    (
        "Lords reject depot bill",
        ("Peers have voted down a bill to build a bus depot in Riverside.",),
        "rejected",
    ),
    (
        "Depot plan wins backing",
        (
            "A plan to build a bus depot in Riverside won the backing of the city council on "
            "Tuesday.",
        ),
        "approved",
    ),
    (
        "Depot plan approved",
        (
            "The council gave final approval to a plan to build a bus depot in Riverside on "
            "Tuesday.",
        ),
        "approved",
    ),
    (
        "Depot law passed",
        ("Parliament has approved a law to build a bus depot in Riverside.",),
        "passed",
    ),
    (
        "Depot bill clears Senate",
        (
            "A bill to build a bus depot in Riverside cleared the Senate on Tuesday by 60 votes "
            "to 40.",
        ),
        "passed",
    ),
    (
        "Depot bill signed",
        ("The governor has signed a bill to build a bus depot in Riverside into law.",),
        "passed",
    ),
    (
        "Depot plan rejected",
        ("Planners have turned down a plan to build a bus depot in Riverside.",),
        "rejected",
    ),
    (
        "Depot plan thrown out",
        ("A plan to build a bus depot in Riverside was thrown out by councillors on Monday.",),
        "rejected",
    ),
    (
        "Depot plan fails",
        (
            "A plan to build a bus depot in Riverside failed to win a majority in the council on "
            "Monday.",
        ),
        "rejected",
    ),
    (
        "Depot plan withdrawn",
        ("The mayor has withdrawn her plan to build a bus depot in Riverside.",),
        "withdrawn",
    ),
    (
        "Depot plan abandoned",
        ("A plan to build a bus depot in Riverside has been abandoned.",),
        "withdrawn",
    ),
    (
        "Depot decision deferred",
        (
            "Councillors deferred a decision on a plan to build a bus depot in Riverside until "
            "March.",
        ),
        "postponed",
    ),
    (
        "Depot vote pushed back",
        ("A vote on a plan to build a bus depot in Riverside has been pushed back to next month.",),
        "postponed",
    ),
    (
        "Depot plan to go to vote",
        (
            "A plan to build a bus depot in Riverside will go to a vote of the full council next "
            "month.",
        ),
        "pending",
    ),
    (
        "Depot plan faces court challenge",
        (
            "A plan to build a bus depot in Riverside faces a legal challenge in the county court "
            "next week.",
        ),
        "pending",
    ),
    (
        "Depot row rumbles on",
        ("The row over a plan to build a bus depot in Riverside shows no sign of ending.",),
        "left_open",
    ),
    (
        "Depot plan struck down",
        ("A court has struck down a plan to build a bus depot in Riverside.",),
        "rejected",
    ),
    (
        "Depot plan survives vote",
        ("A plan to build a bus depot in Riverside survived a vote in the council on Monday.",),
        "approved",
    ),
    # background, argued content and sides are no events
    (
        "Mayor defends depot plan",
        (
            "The mayor defended the bus depot plan on Monday.",
            "Thousands of families go to court to settle depot disputes each year.",
        ),
        "left_open",
    ),
    (
        "Mayor defends depot plan",
        (
            "The mayor defended the bus depot plan on Monday.",
            "The mayor opposed compulsory mediation in depot disputes.",
        ),
        "left_open",
    ),
    (
        "Mayor defends depot plan",
        (
            "The mayor defended the bus depot plan on Monday.",
            "Drivers whose depot applications were rejected will be moved.",
        ),
        "left_open",
    ),
    (
        "Hale rejects Okafor depot plan",
        ("Councillor Tom Hale has criticised the bus depot plan put forward by Ben Okafor.",),
        "left_open",
    ),
    (
        "Residents to sue over depot",
        ("Residents will go to court to stop the bus depot plan in Riverside.",),
        "pending",
    ),
    (
        "Council meets on depot plan",
        ("The city council shelved the plan to build a bus depot in Riverside on Tuesday.",),
        "rejected",
    ),
    (
        "Depot bill dies as council vote falls short",
        ("The bus depot bill needed nine votes on the city council.",),
        "rejected",
    ),
    (
        "Depot plan put back",
        ("The mayor said the bus depot plan would be pushed back by twelve months.",),
        "postponed",
    ),
    (
        "LIVE: Council votes on bus depot",
        (
            "09:00 Councillors meet at ten to decide the plan to build a bus depot in Riverside.",
            "12:40 Result: 12 in favour, 9 against. The depot plan is approved.",
        ),
        "approved",
    ),
    (
        "Councillors weigh depot",
        (
            "The plan to build a bus depot in Riverside went before councillors on Monday.",
            "The result was 8 in favour, 13 against.",
        ),
        "rejected",
    ),
    (
        "Council holds off on depot",
        (
            "The plan to build a bus depot in Riverside drew a packed public hearing.",
            "The city council then voted 7-2 to hold off on its decision until March.",
        ),
        "postponed",
    ),
    (
        "MPs debate depot bill",
        ("The bill to build a bus depot in Riverside was carried by 240 votes to 190.",),
        "passed",
    ),
    # a headline's past tense with no object; consent given by a government
    ("Riverside bus depot approved", ("The depot would hold 120 buses.",), "approved"),
    (
        "Depot decision",
        ("The state government has refused the bus depot planned for Riverside.",),
        "rejected",
    ),
    # a court declining to stop the plan decides nothing against it
    (
        "Court will not halt bus depot",
        ("A judge refused to halt the bus depot in Riverside while a residents' appeal is heard.",),
        "pending",
    ),
)


def brief(paragraphs: tuple[str, ...], title: str) -> Brief:
    article = Article(
        path="case.txt",
        title=title,
        sentences=split_sentences(list(paragraphs)),
        date=dt.date(2024, 5, 1),
    )
    return analyse(Story((article,)))


def stance_results() -> list[tuple[tuple[str, ...], str, str, str]]:
    """Each stance case with the side the engine gave ("neutral" when not placed)."""
    out = []
    for paragraphs, actor, want in STANCE:
        sides = {a.name: a.stance for a in brief((LEAD, *paragraphs), TITLE).actors}
        out.append((paragraphs, actor, want, sides.get(actor, "neutral")))
    return out


def status_results() -> list[tuple[str, tuple[str, ...], str, str]]:
    return [(t, p, want, brief(p, t).outcome.status) for t, p, want in STATUS]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the cases read wrong")
    args = parser.parse_args()
    stance = stance_results()
    status = status_results()
    right = sum(want == got for _, _, want, got in stance)
    decided = sum(want == got for _, _, want, got in status)
    if args.failures:
        for paragraphs, actor, want, got in stance:
            if want != got:
                print(f"stance  {actor}: {got}, not {want}: {' / '.join(paragraphs)}")
        for title, _, want, got in status:
            if want != got:
                print(f"status  {title}: {got}, not {want}")
    print(f"stance: {right} of {len(stance)} right; status: {decided} of {len(status)} right")


if __name__ == "__main__":
    main()
