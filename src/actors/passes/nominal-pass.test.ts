import { describe, expect, it } from 'vitest';
import { code } from '../../../test/support.js';

const mentions = (text: string) => code(text, '2005-01-01').mentions.map((m) => [m.text, m.actor]);

describe('nominal mentions', () => {
  it.each([
    // a named body or person after "of": the body itself, or the person's country with the noun's sector
    ['Several members of Hamas attacked an Israeli patrol.', ['Several members', 'PSEREB']],
    ['The spokesman of the United Nations criticized Israel.', ['The spokesman', 'IGOUNO']],
    ['Hundreds of supporters of President Hugo Chavez marched.', ['supporters', 'VENCVL']],
    ['Dozens of activists from the ruling Likud party resigned.', ['activists', 'ISRPTY']],
    // a common noun opening the sentence is a nominal too
    ['Members of Hezbollah fired rockets.', ['Members', 'LBNREB']],
    // the side a group takes: loyal to, affiliated with, allied with, linked to a body, person or country
    ['Forces loyal to President Laurent Gbagbo shelled the town.', ['Forces', 'CIVMIL']],
    ["Militants loyal to Somalia's Islamist leaders attacked the base.", ['Militants', 'SOMREB']],
    ['Fighters affiliated with Hamas fired rockets at Israel.', ['Fighters', 'PSEREB']],
    ['Thousands of workers affiliated with Serbia’s largest union went on strike.', ['workers', 'SRBCVL']],
    ['Two gunmen linked to Hezbollah kidnapped a soldier.', ['gunmen', 'LBNREB']],
  ])('gives a role noun its owner: %j', (text, expected) => {
    expect(mentions(text)).toContainEqual(expected);
  });

  it.each([
    // civilians and police with no country: where their clause places them
    ['Protesters blocked roads in Caracas on Monday.', ['Protesters', 'VENCVL']],
    ['Police arrested two journalists in Lima.', ['Police', 'PERCOP']],
    ['Thousands of students throughout Kenya boycotted classes.', ['students', 'KENCVL']],
  ])('places civilians and police by their clause: %j', (text, expected) => {
    expect(mentions(text)).toContainEqual(expected);
  });

  it.each([
    // another clause's place ("…, officials in Nairobi said"), a person one comes from, troops
    ['Rebels shelled the town, killing 20 people, officials in Nairobi said.', 'people'],
    ['Dozens of visitors from President Hugo Chavez arrived.', 'visitors'],
    ['Troops attacked villages in Chechnya.', 'Troops'],
    // a place a group is near or an act it is loyal to is no side
    ['Troops loyal to the constitution stayed in their barracks.', 'Troops'],
  ])('leaves a role noun without a country where nothing places it: %j', (text, noun) => {
    expect(mentions(text).some(([t]) => t?.includes(noun))).toBe(false);
  });
});

describe('non-governmental bodies', () => {
  it.each([
    ['A human rights group accused Croatia of abuses.', ['A human rights group', 'NGO']],
    ['A Kenyan human rights group accused the police of abuses.', ['Kenyan human rights group', 'KENNGO']],
  ])('codes an unnamed NGO as CAMEO’s bare NGO, or with its country: %j', (text, expected) => {
    expect(mentions(text)).toContainEqual(expected);
  });
});

describe('a group that opens the sentence and a pronoun after its verb', () => {
  it.each([
    // "they" is the group, not the body named in the phrase that says whose it is
    ["Fighters loyal to Iraq's al-Qaeda leader said they bombed the base.", 'IRQREB'],
    ['Gunmen linked to Yemen’s al-Qaeda branch said they held the town.', 'YEMREB'],
  ])('%j', (text, actor) => {
    expect(mentions(text)).toContainEqual(['they', actor]);
  });

  it('leaves a pronoun that follows a body after the verb alone', () => {
    // "them" after the verb refers to what the clause names there
    expect(mentions('Fighters loyal to Iraq’s army attacked al-Qaeda and drove them out.')).toContainEqual(['them', 'IMGALQ']);
  });
});
