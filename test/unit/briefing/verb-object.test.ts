import { describe, expect, it } from 'vitest';
import { leadOver } from '../../support/lead-over.js';
import {
  askedRole,
  askedVerb,
  nameInRole,
  objectAfter,
  otherObject,
  passiveAgent,
  verbObject,
  verbSubject,
} from '../../../src/briefing/question/verb-object.js';

describe('the object of the question’s verb', () => {
  it('reads the verb of "who did X …?" after its subject, and nothing for other questions', () => {
    expect(askedVerb('Who did Lindsay Davenport criticise?')).toBe('criticise');
    expect(askedVerb('Who did Nokia work with to develop the phone shell?')).toBe('work');
    expect(askedVerb('Who won the race?')).toBeNull();
    expect(askedVerb('Who did they meet?')).toBeNull();
  });

  it('takes the name after a form of the verb, whatever kind of name it is', () => {
    const known = new Set(['who', 'did', 'lindsay', 'davenport', 'criticise']);
    const text = 'World number one Lindsay Davenport has criticised Wimbledon over equal prize money.';
    expect(verbObject(text, 'criticise', known)?.text).toBe('Wimbledon');
    const nokia = 'Nokia has worked with electronics giant Philips to develop a shell for the phone.';
    expect(verbObject(nokia, 'work', new Set(['nokia']))?.text).toBe('Philips');
    // Irregular forms count: "met" for "meet".
    expect(verbObject('Kayani met General Nikolai Makarov.', 'meet', new Set(['kayani']))?.text).toBe(
      'Nikolai Makarov',
    );
  });

  it('takes the name a possessive qualifies, not its possessor ("Ruritania\'s Anna Ellis")', () => {
    const text = "Top seed Tom Naylor rallied to beat Ruritania's Anna Ellis 3-6 7-5 6-2.";
    expect(verbObject(text, 'beat', new Set(['naylor']))?.text).toBe('Anna Ellis');
  });

  it("reads the verb's subject as the last name before it, across lower-case words only", () => {
    const text = 'Veteran Anna Brandt came from a set down to beat Ellis in Acme City.';
    expect(verbSubject(text, 'beat')?.text).toMatch(/Anna Brandt$/);
    expect(verbSubject('In Acme City, the side beat Ellis.', 'beat')).toBeNull();
  });

  it('answers "who did X beat?" from a sentence where X beats, before a better one where another does', () => {
    expect(
      leadOver(
        'Who did Tom Naylor beat at the Acme Open?',
        'Veteran Anna Brandt came from a set down to beat Carla Ellis at the Acme Open.',
        "Fifth seed Tom Naylor also had a battle as he needed three sets to beat Ruritania's Ivo Petrov.",
      ),
    ).toBe('Ivo Petrov.');
  });

  it('reads a phrase saying the verb, and the holder written after a role', () => {
    const text = 'Next day he called on Norland Armed Forces Chief of General Staff (CGS) General Lorne.';
    expect(verbObject(text, 'meet', new Set())?.text).toBe('General Lorne');
    expect(verbObject('She held talks with Premier Ivo Dace.', 'meet', new Set())?.text).toBe('Ivo Dace');
  });

  it('takes the person a country or club owns, not the owner ("beat Ruritania\'s Paul Naylor")', () => {
    const text = "Top seed Ann Brandt rallied to beat Ruritania's Paul Naylor 3-6 7-6 7-5.";
    expect(verbObject(text, 'beat', new Set(['brandt']))?.text).toBe('Paul Naylor');
    // An owner with no person after it is the object itself.
    expect(verbObject("Acme has beaten Courier's offer for the site.", 'beat', new Set())?.text).toBe(
      'Courier',
    );
  });

  it('takes no object of the verb used as a noun ("the meeting between …")', () => {
    expect(verbObject('It led to the meeting between Ivo Dace and Ana Rell.', 'meet', new Set())).toBeNull();
  });

  it('takes nothing across a clause break, or a name that only repeats the question', () => {
    expect(verbObject('He criticised the plans, said Wimbledon.', 'criticise', new Set())).toBeNull();
    expect(verbObject('Davenport criticised Davenport.', 'criticise', new Set(['davenport']))).toBeNull();
  });

  it('takes the agent after a passive\'s "by" for "who <verb>ed …?"', () => {
    expect(askedRole('Who introduced Babyshambles to the crowd?')).toEqual({
      role: 'agent',
      verb: 'introduced',
    });
    expect(askedRole('Who did Nokia work with?')).toEqual({ role: 'preposition', verb: 'with' });
    const text = 'Doherty and his bandmates were introduced to the crowd by Mick Jones, the guitarist.';
    expect(passiveAgent(text, 'introduced', new Set(['babyshambles']))?.text).toBe('Mick Jones');
    const bought = 'The company was bought by the German group Siemens last year.';
    expect(passiveAgent(bought, 'bought', new Set())?.text).toBe('Siemens');
    expect(passiveAgent('He introduced the band, said Jones by phone.', 'introduced', new Set())).toBeNull();
  });

  it('takes whom it was done to for "who was <verb>ed …?", in a passive or an active', () => {
    const asked = askedRole('Who was fined for the Janet Jackson incident?');
    expect(asked).toEqual({ role: 'patient', verb: 'fined' });
    const known = new Set(['who', 'was', 'fined', 'janet', 'jackson']);
    const active = 'The Federal Communications Commission fined CBS $550,000 for the incident.';
    expect(nameInRole(active, asked!, known)?.text).toBe('CBS');
    expect(nameInRole('Viacom was fined after the show.', asked!, known)?.text).toBe('Viacom');
    expect(nameInRole('The show was criticised by viewers.', asked!, known)).toBeNull();
  });

  it('takes the name after a preposition the question leaves at its end', () => {
    const asked = askedRole('Which club did Chelsea sign Mutu from?');
    expect(asked).toEqual({ role: 'preposition', verb: 'from' });
    const text = 'Chelsea signed Mutu from Parma in August 2003 for £15.8m.';
    expect(nameInRole(text, asked!, new Set(['chelsea', 'mutu']))?.text).toBe('Parma');
    const rights = 'The company had bought the rights to explore in the area from oil giant Shell.';
    expect(nameInRole(rights, askedRole('Who did Cairn get its rights from?')!, new Set())?.text).toBe(
      'Shell',
    );
  });

  it('asks the subject of "who <verb> …?" and "which <noun> <verb> …?", in an active or a passive', () => {
    expect(askedRole('Who gave the eulogy at the funeral?')).toEqual({ role: 'agent', verb: 'gave' });
    expect(askedRole('Who is writing the screenplay?')).toEqual({ role: 'agent', verb: 'writing' });
    expect(askedRole('Which company developed the chip?')).toEqual({ role: 'agent', verb: 'developed' });
    expect(askedRole('Which party heads the government?')).toEqual({ role: 'agent', verb: 'heads' });
    expect(askedRole('Who is the boss of the federation?')).toBeNull();
    expect(askedRole('Which record label has Jay-Z been put in charge of?')).toBeNull();
    expect(askedRole('Which Chelsea player is out of the game?')).toBeNull();
    const gave = askedRole('Who gave the eulogy?')!;
    const known = new Set(['who', 'gave', 'the', 'eulogy']);
    const text =
      'Also present was former US president Bill Clinton and singer Harry Belafonte, who gave the eulogy.';
    expect(nameInRole(text, gave, known)?.text).toBe('Harry Belafonte');
    const scored = askedRole('Who scored the first goal?')!;
    expect(nameInRole('Cristiano Ronaldo scored the opener after nine minutes.', scored, known)?.text).toBe(
      'Cristiano Ronaldo',
    );
    const received = askedRole('Who received the award?')!;
    const aside =
      'Robin Williams, a five-time winner for films such as Good Morning, Vietnam, received the award.';
    expect(nameInRole(aside, received, known)?.text).toBe('Robin Williams');
    const developed = askedRole('Which company developed the chip?')!;
    expect(nameInRole('The chip, developed by Texas Instruments, is cheap.', developed, known)?.text).toBe(
      'Texas Instruments',
    );
    // A passive's subject is whom it was done to.
    expect(
      nameInRole('The Telegraph Group was bought last year.', askedRole('Who bought it?')!, known),
    ).toBeNull();
  });

  it('reads the object phrase after a verb, and tells another thing of the same noun', () => {
    const asked = objectAfter('Who won the non-fiction prize?', 'won');
    expect(asked).toEqual(['non-fiction', 'prize']);
    const other = objectAfter("Pete Hautman won the young people's literature prize for his novel.", 'won');
    expect(otherObject(asked, other)).toBe(true);
    expect(otherObject(asked, objectAfter('Kevin Boyle won the non-fiction prize.', 'won'))).toBe(false);
    expect(otherObject(['eulogi'], ['eulogi'])).toBe(false);
  });
});
