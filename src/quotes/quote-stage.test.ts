import { describe, expect, it } from 'vitest';
import { code } from '../../test/support.js';
import { findQuoteMarks } from './quote-marks.js';

const quotes = (text: string) => code(text).quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.cue?.text ?? null]);

describe('quotation marks', () => {
  it.each([
    ['curly', '“We are ready,” he said.', ['We are ready,']],
    ['straight', 'He said "we are ready" today.', ['we are ready']],
    ['nested', '“He called it ‘a farce’ at once,” she said.', ['He called it ‘a farce’ at once,']],
    ['split', '“We are ready,” he added, “to talk.”', ['We are ready,', 'to talk.']],
    ['over paragraphs', '“First paragraph goes on\n\n“and the second ends it.” Then he left.', ['First paragraph goes on\n\n“and the second ends it.']],
    ['left open at a paragraph end', '“Unclosed words\n\nNew paragraph.', ['Unclosed words']],
    ['curly closed by a straight mark', '“We are ready," he said. "So are they."', ['We are ready,', 'So are they.']],
    ['straight pair nested in curly', '“He said "no" to us,” she said.', ['He said "no" to us,']],
    ['curly closed by a second opening mark', '“We are ready,“ he said.', ['We are ready,']],
    ['single curly marks when there are no double ones', 'He called it ‘a farce’ today, didn’t he.', ['a farce']],
    ['nested guillemets', '«Il a dit «non» hier», dit-elle.', ['Il a dit «non» hier']],
    ['no marks', 'No marks in this line.\n\nNor in this one.', []],
  ])('%s', (_what, text, expected) => {
    expect(findQuoteMarks(text).map((q) => text.slice(q.contentStart, q.contentEnd))).toEqual(expected);
  });
});

describe('quotations and their speakers', () => {
  it.each([
    ['cue after', 'Christopher Landau arrived. “We are ready to help,” Landau said.', [['direct', 'We are ready to help', 'Christopher Landau', 'said']]],
    ['cue and speaker inverted', 'Christopher Landau arrived. “We are ready to help,” said Landau.', [['direct', 'We are ready to help', 'Christopher Landau', 'said']]],
    ['pronoun speaker', 'Christopher Landau arrived. “We are ready to help,” he added.', [['direct', 'We are ready to help', 'Christopher Landau', 'added']]],
    ['cue before, with a colon', 'Christopher Landau told reporters: “We are ready to help.”', [['direct', 'We are ready to help.', 'Christopher Landau', 'told']]],
    ['unattributed', '“We are ready to help everyone here today.”', [['direct', 'We are ready to help everyone here today.', null, null]]],
    [
      'partial',
      'Christopher Landau said it will be “very important” to see the files.',
      [['partial', 'it will be “very important” to see the files', 'Christopher Landau', 'said']],
    ],
    [
      'term',
      'Christopher Landau declared the end of so-called “Socialism of the 21st Century” in Bolivia.',
      [['partial', 'the end of so-called “Socialism of the 21st Century” in Bolivia', 'Christopher Landau', 'declared']],
    ],
    ['term, unattributed', 'The so-called “Gang of Eight” met again.', [['term', 'Gang of Eight', null, null]]],
    ['a title is no quotation', 'He watched “Face the Nation” and “13 Hours: The Secret Soldiers of Benghazi” on Sunday.', []],
    ['a title with its sentence comma inside the marks', 'The senator appeared on “Meet the Press,” and left early.', []],
    ['a title with a short lower-case word', 'He hosts “Midday with Charlie Sykes” on weekdays.', []],
    ['a scare quote nobody says', 'The “experts” were wrong again about the weather.', []],
    ['a short line nobody says', 'Crowds gathered in the square.\n\n“Stop the war now.”', []],
    [
      'a show named to whom it was said, in an attributed sentence',
      'Senator Ana Ruiz told “Fox and Friends” that the plan would pass.',
      [['indirect', 'the plan would pass', 'Ana Ruiz', 'told']],
    ],
    ['term, named', 'Officials unveiled a plan called “Renewal” on Monday.', [['term', 'Renewal', null, null]]],
    ['indirect with that', 'Russian Foreign Minister Sergei Lavrov said on Monday that Moscow would respond.', [['indirect', 'Moscow would respond', 'Sergei Lavrov', 'said']]],
    ['indirect, postposed', 'The talks had failed, officials said.', [['indirect', 'The talks had failed', 'officials', 'said']]],
    ['a finding', 'Researchers found that the water was unsafe.', [['indirect', 'the water was unsafe', 'Researchers', 'found']]],
    ['a criticism', 'Senator Ana Ruiz criticized the plan as “a disaster.”', [['partial', 'the plan as “a disaster.”', 'Ana Ruiz', 'criticized']]],
    ['according to', 'According to Reuters, the talks had failed.', [['indirect', 'the talks had failed', 'Reuters', 'According to']]],
  ])('%s', (_what, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it('keeps one quotation split by its attribution as one quote in parts', () => {
    const [q] = code('Christopher Landau arrived. “We are ready,” he added, “to talk to Bolivia.”').quotes;
    expect(q?.parts?.map((p) => p.text)).toEqual(['We are ready', 'to talk to Bolivia.']);
    expect(q?.speaker?.name).toBe('Christopher Landau');
  });

  it('continues the speaker to a quote that follows its attribution', () => {
    const a = code('Christopher Landau arrived. “We came to help,” Landau told reporters. “Iran is not a good actor.”');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['Christopher Landau', 'Christopher Landau']);
  });

  it('lists each quotation of an attribution on its own, the later ones marked as continuing it', () => {
    const a = code('Mayor Ana Ortiz spoke first. “The bridge opens in May,” Ortiz said. “It cost less than planned.”\n\n“Traffic will ease.”');
    expect(a.quotes.map((q) => [q.text, q.parts?.length ?? 0, q.continues ?? false, q.speaker?.name, q.cue?.text])).toEqual([
      ['The bridge opens in May', 0, false, 'Ana Ortiz', 'said'],
      ['It cost less than planned.', 0, true, 'Ana Ortiz', 'said'],
      ['Traffic will ease.', 0, true, 'Ana Ortiz', 'said'],
    ]);
  });

  it('keeps the quoted words of a reported clause as its fragments, with their kind', () => {
    const [q, ...rest] = code('The senator said the plan was “dead on arrival” and a so-called “reform” at best.').quotes;
    expect(rest).toEqual([]);
    expect([q?.kind, q?.text, q?.fragments?.map((f) => [f.kind, f.text])]).toEqual([
      'partial',
      'the plan was “dead on arrival” and a so-called “reform” at best',
      [
        ['partial', 'dead on arrival'],
        ['term', 'reform'],
      ],
    ]);
  });

  it('attributes a question to the speaker after its closing mark', () => {
    const a = code('Senator Maria Lopez took the stage. “Are we ready for this fight?” Lopez asked.');
    expect(a.quotes.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([['direct', 'Maria Lopez']]);
  });

  it('gives a quoted phrase without a reporting verb the subject of the verb that governs it', () => {
    const [q] = code('Chancellor Angela Merkel hailed the deal as a “real breakthrough” for Europe.').quotes;
    expect([q?.text, q?.speaker?.name]).toEqual(['the deal as a “real breakthrough” for Europe', 'Angela Merkel']);
  });

  it.each([
    ['an abbreviation in the attribution', '“We are ready,” said Sen. Jeff Merkley of Oregon, a Democrat. “So are they.”', 'Jeff Merkley'],
    ['a title quoted in the attribution', 'Senator Ana Ruiz spoke. “We are ready,” Ruiz said on “Good Morning” on Sunday. “So are they.”', 'Ana Ruiz'],
    ['a partial quotation attributed after it', 'Mayor Ana Ruiz spoke. The plan was a “good thing,” she remarked. “And we should start it.”', 'Ana Ruiz'],
  ])('continues the attribution over %s', (_what, text, speaker) => {
    const a = code(text);
    const last = a.quotes[a.quotes.length - 1];
    expect([last?.text, last?.speaker?.name]).toEqual([expect.stringMatching(/^(So are they|And we should start it)\.$/), speaker]);
  });

  it.each([
    ['a hyphenated name', '“We are ready,” Lopez-Cantera said.', 'Lopez-Cantera'],
    ['not the object of a preposition', 'Senator Ted Cruz in Iowa said the race “is wide open.”', 'Ted Cruz'],
    ['a participle takes the clause subject', 'Carly Fiorina endorsed Ted Cruz on Wednesday, saying it is time for “real change.”', 'Carly Fiorina'],
    ['a cue with no subject gives way to one further left', 'Mayor Ana Ruiz replied on Tuesday by saying, “We are not done yet.”', 'Ana Ruiz'],
    ['the first verb of a pair', 'Governor Tom Hale welcomed the report and added, “We will act on it soon.”', 'Tom Hale'],
    ['a title before the name', 'U.S. Secretary of State John Kerry on Monday said that the talks would resume.', 'John Kerry'],
    ['an unnamed source is marked', 'The policy was a “complete failure,” experts said.', 'experts (unnamed)'],
    ['a shouted line', 'Governor Tom Hale stood up. “Go home now,” Hale barked.', 'Tom Hale'],
    ['an answer', 'Governor Tom Hale was asked about taxes. “I would say this,” Hale answered.', 'Tom Hale'],
    ['a parenthesis after the name', '“We will fight,” Sen. Ana Ruiz (D-Ohio) said Tuesday.', 'Ana Ruiz'],
    ['several appositives', '“We will fight,” Ruiz, 35, the head of the group, said.', 'Ruiz'],
    ['a long appositive', '“We will fight,” Ruiz, the head of the group that ran the campaign for the new bridge across the wide river in the north of the state, said.', 'Ruiz'],
    ['a possessor before the head', '“We will win,” Rep. Ana Ruiz’s chief of staff, Joe Kasper, told reporters.', 'Joe Kasper'],
    ['a quotation, a phrase, then its attribution', '“The politics are just so blatant” in the legislature, Ruiz said.', 'Ruiz'],
    ['over an auxiliary', 'Senator Ana Ruiz is telling voters that the tax is “a burden.”', 'Ana Ruiz'],
    ['over a parenthesis before the cue', 'Sen. Ana Ruiz (D-Ohio) said the tax is “a burden.”', 'Ana Ruiz'],
    ['who issued the statement', 'Senator Ana Ruiz issued a statement describing the meeting as a “very positive step.”', 'Ana Ruiz'],
    ['after a full stop, an attribution-only sentence', 'The talks went on. “The deal is not done yet.” Mayor Ana Ruiz wrote on Friday.', 'Ana Ruiz'],
    ['a cue verb the tagger reads as a noun', 'The race tightened. “We can win this state in November,” Ruiz notes.', 'Ruiz'],
    ['a cue verb the tagger reads as a noun, before the quotation', 'The group spent heavily in Ohio.\n\nThe ad claims “Jeb is the conservative you can trust.”', 'ad (unnamed)'],
    ['a person “of the” a body', '“The risk is real.” Ana Ruiz of the Brookings Institution wrote.', 'Ana Ruiz'],
    ['an introduction ending with a comma before the paragraph', 'As Reuters reported,\n\n“The bridge will open in May and cost less.”', 'Reuters'],
    ['a colon after a clause with no reporting verb', 'Governor Tom Hale released the following statement:\n\n“We mourn the loss of a great leader.”', 'Tom Hale'],
    ['a hyphenated word in the speaker', 'The vote was close. “We won the game,” the 43-year-old said.', '43-year-old'],
    ['a possessive before the speaker', 'The vote was close. “He was kind to all,” his friend Omar Saleh told reporters.', 'Omar Saleh'],
    ['an auxiliary before the cue', 'The vote was close. “It is fine by me,” Ruiz has said.', 'Ruiz'],
    [
      'a first name the tagger reads as a verb',
      'The debt rose.\n\n“Even though most economists wanted more stimulus, it is still not an accepted point,” said Josh Bivens, an economist.',
      'Josh Bivens',
    ],
    ['over a relative clause after the subject', 'Senator Ana Ruiz, who leads in delegates, mocked Tom Hale for “having a tough night” in Ohio.', 'Ana Ruiz'],
    ['over a participle phrase after the subject', 'Tom Hale, clad in a red cape, said the vote could be a “failure” for the party.', 'Tom Hale'],
    ['a participle takes the subject that names someone', 'The first incident came during a speech, when protesters interrupted her, shouting “she wins, we lose!”', 'protesters'],
    ['a participle on an object that names someone is theirs', 'Police saw protesters shouting “no justice, no peace” near the hall.', 'protesters'],
  ])('finds the speaker: %s', (_what, text, speaker) => {
    expect(code(text).quotes.map((q) => q.speaker?.name)).toEqual([speaker]);
  });

  it.each([
    [
      'a participle after a comma inside the closing mark',
      'Mayor Ana Ruiz gave a defense of “local pride,” saying the town embodied the “heart of the valley.”',
      'the town embodied the “heart of the valley.”',
      'Ana Ruiz',
    ],
    [
      'a participle after "with" and its subject',
      'The vote opened a debate in the United States, with the teachers union telling reporters it saw the mayor as “fully responsible” for it.',
      'it saw the mayor as “fully responsible” for it',
      'teachers union (unnamed)',
    ],
    [
      'the verb whose "that" clause holds the quotation',
      'In the spring, Senator Tom Hale worried that the school fund was turning into “a slush fund for friends.”',
      'the school fund was turning into “a slush fund for friends.”',
      'Tom Hale',
    ],
    [
      'the first verb of a pair over its own quotation',
      'Mayor Ana Ruiz shouted “What a night!” and said that the city would keep on “building bridges” for years.',
      'the city would keep on “building bridges” for years',
      'Ana Ruiz',
    ],
    [
      'a gerund after "upon"',
      'The crowd waited. Ana Ruiz, a lawyer from Ohio, drew boos upon saying, “The mayor heard every one of you.”',
      'The mayor heard every one of you.',
      'Ana Ruiz',
    ],
    [
      'a surname the tagger reads as a verb, before the quotation',
      'The court ruled on Monday.\n\nDr. Ward stated:\n\n“The ruling is wrong and we will appeal it soon.”',
      'The ruling is wrong and we will appeal it soon.',
      'Ward',
    ],
    [
      'a surname the tagger reads as a verb, after the quotation',
      'The court ruled on Monday.\n\n“You have to trust the judges when you read this ruling,” Ward said.',
      'You have to trust the judges when you read this ruling',
      'Ward',
    ],
    [
      'a surname the tagger reads as a verb, before its cue',
      'Tom Hoover estimated that there are “somewhere between 23 and 28 people who are against us” on the committee.',
      'there are “somewhere between 23 and 28 people who are against us” on the committee',
      'Tom Hoover',
    ],
    [
      'a past tense the tagger reads as an adjective, before a participle',
      'Cruz belittled the issue of the loans, calling it a “paperwork error” that was reported in a “hit piece” by The New York Times.',
      'it a “paperwork error” that was reported in a “hit piece” by The New York Times',
      'Cruz',
    ],
    [
      'a participle on the main clause, not on a clause fronted before it',
      'As Senator Tom Hale spoke, the union was going into overdrive, whipping lawmakers against “any and all tax hikes.”',
      'lawmakers against “any and all tax hikes.”',
      'union (unnamed)',
    ],
    [
      'over an insertion that names a place',
      'Mayor Ana Ruiz, during a town hall meeting in Columbus, Ohio, said she was “going to fix the roads,” then left.',
      'she was “going to fix the roads,”',
      'Ana Ruiz',
    ],
    [
      'over an insertion after a parenthesis',
      'Sen. Ana Ruiz (D-Ohio), who has endorsed the mayor, said the governor has been a “stronger” leader.',
      'the governor has been a “stronger” leader',
      'Ana Ruiz',
    ],
    [
      'a participle on an object that names no one',
      'After the attacks, Senator Tom Hale released a new radio ad calling the plan “dangerous” for the city.',
      'the plan “dangerous” for the city',
      'Tom Hale',
    ],
    [
      '"according to" before a direct quotation',
      'The paper attacked the law.\n\nAccording to the newspaper, “The gun laws let dealers sell weapons to almost anyone.”',
      'The gun laws let dealers sell weapons to almost anyone.',
      'newspaper',
    ],
    [
      'the verb that governs an infinitive',
      'Senator Tom Hale has hailed the state’s vote to leave the union as “fantastic,” telling reporters he was glad.',
      'the state’s vote to leave the union as “fantastic,”',
      'Tom Hale',
    ],
    [
      'the verb before an object and "that"',
      'Mayor Ana Ruiz reminded city leaders that the state should be governed by those “who put the public first.”',
      'the state should be governed by those “who put the public first.”',
      'Ana Ruiz',
    ],
    ['a name run together with a time', 'Senator Tom Hale last week said the plan was “dead on arrival.”', 'the plan was “dead on arrival.”', 'Tom Hale'],
    [
      'a participle on an object, over a time',
      'Senator Tom Hale unleashed a series of tweets early Friday saying that the mayor had shown “bad judgment” in the case.',
      'the mayor had shown “bad judgment” in the case',
      'Tom Hale',
    ],
    ['a participle on the object of a verb of perception', 'Senator Tom Hale heard the crowd in the hall chanting “no more taxes” at noon.', '“no more taxes” at noon', 'crowd'],
  ])('finds the speaker of the quotation: %s', (_what, text, quote, speaker) => {
    const q = code(text).quotes.find((x) => x.text === quote);
    expect([q?.text, q?.speaker?.name]).toEqual([quote, speaker]);
  });

  it('takes the name after a dash that signs a quotation, and ends the run there', () => {
    const a = code(
      'Readers wrote in after the vote.\n\n“The new bridge is a waste of money and time.” ― Marta Quill\n“I am so proud of this town and its people.” ― Joe Brant, Dayton\n\n"We will rebuild the whole road next year."\n\n- Ana Ruiz.',
    );
    expect(a.quotes.map((q) => [q.text, q.speaker?.text ?? null, q.parts?.length ?? 0])).toEqual([
      ['The new bridge is a waste of money and time.', 'Marta Quill', 0],
      ['I am so proud of this town and its people.', 'Joe Brant', 0],
      ['We will rebuild the whole road next year.', 'Ana Ruiz', 0],
    ]);
  });

  it('takes no dash and name for a signature when more follows on the line', () => {
    const [q] = code('“The new bridge is a waste of money and time.” — Marta Quill and her friends left the hall.').quotes;
    expect(q?.speaker).toBeNull();
  });

  it('does not take the words after ", saying" for the speaker of the quotation before it', () => {
    const q = code('Mayor Ana Ruiz gave a defense of “local pride,” saying the town would win.').quotes.find((x) => x.text.includes('local pride'));
    expect(q?.speaker?.text).not.toBe('the town');
  });

  it('leaves a quotation alone when the sentence after it reports something else', () => {
    const a = code('“We won the vote in the council today.” Mayor Ana Ruiz said the council was happy.');
    expect(a.quotes.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([
      ['direct', null],
      ['indirect', 'Ana Ruiz'],
    ]);
  });

  it('runs a reported clause on to the closing mark of a quotation that opens in it', () => {
    const [q] = code('Mayor Ana Ruiz said the city "has to do better. We will fix the roads this year."').quotes;
    expect([q?.text, q?.speaker?.name]).toEqual(['the city "has to do better. We will fix the roads this year."', 'Ana Ruiz']);
  });

  it.each([
    ['at a conjunction', 'Senator Ana Ruiz says she is “excited about the race” as she faces a test in Ohio.', 'she is “excited about the race”'],
    ['not between two quotations', 'Ana Ruiz considered the plan “a disaster” and “a waste” of money, then left.', 'the plan “a disaster” and “a waste” of money'],
    ['after what a reporting verb introduces, over “and …”', 'Senator Ana Ruiz said the tax is “a burden” and she will fight it.', 'the tax is “a burden” and she will fight it'],
    [
      'at a quotation closed after its own comma',
      'Senator Ana Ruiz said things “should be wrapped up by May,” referring to the convention in Ohio.',
      'things “should be wrapped up by May,”',
    ],
    ['before a second predicate of the speaker', 'Tom Hale called the mayor a “blowhard” and said his plan was a failure.', 'the mayor a “blowhard”'],
    ['before a relative clause on the quoted words', 'Ana Ruiz said the plan is “self-deportation”, which she called cruel.', 'the plan is “self-deportation”'],
  ])('ends a partial quotation’s clause %s', (_what, text, clause) => {
    expect(code(text).quotes[0]?.text).toBe(clause);
  });

  it.each([
    ['whom', 'The mayor hired Joe Kasper, whom one city insider described as “her brother.”', 'whom one city insider described as “her brother.”'],
    ['what', 'Voters rejected what the senator has called a “common-sense reform” of taxes.', 'what the senator has called a “common-sense reform” of taxes'],
  ])('opens a partial quotation’s clause at the relative pronoun: %s', (_what, text, clause) => {
    expect(code(text).quotes[0]?.text).toBe(clause);
  });

  it('gives the second verb of a pair the subject of a reporting verb before it', () => {
    const a = code('Mayor Ana Ruiz told reporters that the council backed the plan but stressed that money was short.');
    expect(a.quotes.map((q) => [q.text, q.speaker?.name])).toContainEqual(['money was short', 'Ana Ruiz']);
  });

  it.each([
    ['a belief inside what is said', 'Mayor Ana Ruiz says she believes the plan will pass in May.', [['she believes the plan will pass in May', 'Ana Ruiz']]],
    [
      'a hope before the attribution that closes the sentence',
      'She hopes the council will back the plan soon, Ana Ruiz said.',
      [['She hopes the council will back the plan soon', 'Ana Ruiz']],
    ],
  ])('makes one attribution of a cue inside another: %s', (_what, text, expected) => {
    expect(code(text).quotes.map((q) => [q.text, q.speaker?.name])).toEqual(expected);
  });

  it('gives a partial quotation after ", saying" to that participle, and ends the reported clause before it', () => {
    const a = code('Senator Ana Ruiz argued that a database would keep people from coming in illegally, saying it is “all about management.”');
    expect(a.quotes.map((q) => [q.kind, q.text, q.cue?.text])).toEqual([
      ['indirect', 'a database would keep people from coming in illegally', 'argued'],
      ['partial', 'it is “all about management.”', 'saying'],
    ]);
  });

  it('keeps a second speaker’s report inside the first one’s clause as a report of its own', () => {
    const a = code('Chile said it met Peru, but Peru said the talks failed.');
    expect(a.quotes.map((q) => [q.speaker?.name ?? null, q.text])).toContainEqual(['Peru', 'the talks failed']);
    expect(code('He says he believes the campaign has momentum.').quotes).toHaveLength(1);
  });

  it('makes no indirect speech of a direct quotation and its attribution', () => {
    const a = code('“We will win the state,” Ana Ruiz said Monday in Ohio, according to a recording.');
    expect(a.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'We will win the state']]);
  });

  it('resolves first-person pronouns inside a quote to its speaker', () => {
    const a = code('U.S. Deputy Secretary of State Christopher Landau arrived. “We will work with Bolivia,” Landau said.');
    const we = a.entities.find((e) => e.text === 'We');
    expect([we?.name, we?.actor, we?.form]).toEqual(['Christopher Landau', 'USAGOV', 'pronoun']);
    expect(a.mentions.map((m) => [m.text, m.actor])).toContainEqual(['We', 'USAGOV']);
  });

  it('points a first-person pronoun at the head of its speaker, not at a demonym before it', () => {
    const a = code('“They attacked our country,” the French president said.');
    const our = a.entities.find((e) => e.text === 'our');
    expect(a.entities[our?.referent ?? -1]?.text).toBe('president');
  });
});

describe('a sentence that never ends', () => {
  it('keeps each reported clause within a paragraph’s worth of words (the records once held the rest of the page each)', () => {
    const parts = ['“We will help Bolivia,” he said, and ', 'Bolivia met with Peru on Monday, while ', 'the “very important” deal with Iran was signed, and '];
    let text = 'U.S. Deputy Secretary of State Christopher Landau spoke in La Paz, ';
    for (let i = 0; text.length < 20_000; i++) text += parts[i % 3];
    const a = code(`${text}that ended it.`);
    expect(a.sentences).toHaveLength(1);
    expect(a.quotes.length).toBeGreaterThan(100);
    for (const q of a.quotes) expect(q.end - q.start).toBeLessThan(2_000);
  });
});
