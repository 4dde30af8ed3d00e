/**
 * Sentence templates the synthetic articles are written from. Slots in braces: {lead} and {other}
 * (agencies), {org}, {place}, {state}, {project}, {short}, {issue}, {day}, {month}, {amount}, {n}, {total}
 * (the article's headline figure),
 * {leadShort} (the lead agency's acronym, for headlines). An agency or group slot gives its full
 * name and acronym the first time in an article and the acronym after.
 */

/** What an article is about. `project` may name {place}. */
export interface Topic {
  project: string;
  short: string;
  issue: string;
}

export const TOPICS: Topic[] = [
  { project: 'a new floodwall along the waterfront in {place}', short: 'the floodwall', issue: 'flooding' },
  { project: 'repairs to the Mill Street bridge in {place}', short: 'the bridge repairs', issue: 'traffic' },
  { project: 'a bus rapid transit line through {place}', short: 'the transit line', issue: 'long commutes' },
  { project: 'a water treatment plant in {place}', short: 'the treatment plant', issue: 'water quality' },
  { project: 'an affordable housing program in {place}', short: 'the housing program', issue: 'rising rents' },
  { project: 'a wildfire buffer zone north of {place}', short: 'the buffer zone', issue: 'wildfire risk' },
  { project: 'the expansion of the landfill outside {place}', short: 'the landfill expansion', issue: 'truck traffic' },
  { project: 'a levee upgrade south of {place}', short: 'the levee upgrade', issue: 'storm surge' },
  { project: 'broadband service for rural homes near {place}', short: 'the broadband program', issue: 'slow internet service' },
  { project: 'dredging the harbor channel at {place}', short: 'the dredging work', issue: 'erosion' },
  { project: 'a new emergency shelter in {place}', short: 'the shelter', issue: 'homelessness' },
  { project: 'the cleanup of a former rail yard in {place}', short: 'the cleanup', issue: 'contaminated soil' },
  { project: 'a road resurfacing program in {place}', short: 'the resurfacing program', issue: 'potholes' },
  { project: 'replacing lead pipes in schools in {place}', short: 'the pipe replacement', issue: 'lead in drinking water' },
  { project: 'a seawall along the beach at {place}', short: 'the seawall', issue: 'coastal erosion' },
  { project: 'a wind farm off the coast near {place}', short: 'the wind farm', issue: 'electricity prices' },
];

/** A headline; {speaker} is the surname of the article's main official. */
export const HEADLINES = [
  '{leadShort} approves {total} million for {short} in {place}',
  '{speaker} defends {leadShort} plan for {short}',
  '{place} residents question {leadShort} over {issue}',
  '{leadShort} delays {short} as costs rise in {place}',
  '{speaker} says {short} will go ahead despite objections',
  'State and local officials clash over {short} in {place}',
  '{leadShort} orders review of {short} after complaints',
];

/** The first sentence after the dateline, without its closing clause. */
export const LEADS = [
  '{lead} on {day} approved {total} million for {project}',
  '{lead} said on {day} that it would delay {project} until {month}',
  '{lead} on {day} announced a review of {project}',
  'Officials at {lead} on {day} unveiled a plan for {project}',
  '{lead} on {day} rejected a proposal for {project}',
  '{lead} will spend {total} million on {project}, officials said {day}',
];

export const WHYS = [
  'a decision that drew immediate criticism from residents',
  'after months of pressure from local officials',
  'citing rising costs and a shortage of workers',
  'the latest turn in a dispute that has lasted more than a year',
  'a move that surprised even some of its supporters',
  'weeks after an inspection found serious problems',
];

export const QUOTES = [
  'We have a responsibility to the people of {place}, and we intend to meet it.',
  'This is not about politics. It is about {issue}.',
  'Nobody in {place} should have to wait another year for {short}.',
  'We have asked the hard questions, and we are not done asking them.',
  'The numbers simply do not add up.',
  'I have been doing this work for {n} years, and I have never seen anything like it.',
  'We will not cut corners on safety.',
  'People deserve answers, and they deserve them now.',
  'Our crews have been working around the clock.',
  'There is still a lot we do not know.',
  'Every dollar we spend here is a dollar we have to account for.',
  'We listened to the community, and we changed the plan.',
  'This is a good first step, but it is only a first step.',
  'I understand the frustration. I share it.',
  'We are going to get this done, and we are going to do it right.',
  'If the state wants our support, it needs to come to the table.',
  'The families I talk to are tired of promises.',
  'We warned about {issue} for years, and nobody listened.',
  'It would be irresponsible to move ahead without a full review.',
  'Nobody is above the rules, including us.',
  'That decision was made before I arrived, and I intend to revisit it.',
  'The science is clear, and we are following it.',
  'We owe it to the next generation to get {short} right.',
  'Frankly, the delays are unacceptable.',
  'Our job is to keep people safe, full stop.',
  'I want to thank the crews who worked through the weekend.',
  'We will see them in court if we have to.',
  'This is exactly the kind of cooperation {state} needs.',
];

/** What someone said, reported: follows "said" or "said in a statement that". */
export const PARAPHRASES = [
  'the agency would not comment on pending litigation',
  'crews would begin work within {n} weeks',
  'the plan had been reviewed by independent engineers',
  'the cost estimate had risen by {amount} million since {month}',
  'residents of {place} would be told before any work began',
  'the decision followed {n} public meetings',
  'no final decision had been made',
];

/** Sentences that state a relation between two bodies: cooperation, help, opposition, requests, lawsuits. */
export const RELATIONS = [
  '{lead} will work with {other} on {short}, according to a statement released {day}.',
  '{lead} has been coordinating with {other} since {month}, officials said.',
  '{lead} and {other} are cooperating on an inspection schedule for {short}.',
  '{other} assisted {lead} with inspections in {place} last week.',
  '{other} is helping {lead} review the bids, officials said.',
  '{org} has opposed {lead} on {issue} for years.',
  '{other} criticized {lead} for failing to publish its cost estimates.',
  '{lead} requested {amount} million from {other} in {month}.',
  '{lead} asked {other} to delay its own review until the work is finished.',
  '{org} urged {lead} to hold more public hearings in {place}.',
  '{org} sued {lead} in {month}, alleging that the agency ignored its own engineers.',
  '{org} sued {lead} last year over {issue}; that case is pending.',
  '{lead}, which is part of {other}, oversees {short}.',
];

/** Paragraphs of background that name no one. */
export const FILLERS = [
  'The {short} has been debated for {n} years. Supporters say it would protect homes and businesses; critics say the money would be better spent elsewhere.',
  'About {n},000 people live in the area the project would cover, according to census figures.',
  'Construction is expected to take {n} months, with most of the work done during the dry season.',
  'The decision came after a public hearing that ran past midnight, with more than {n} residents signing up to speak.',
  'Residents of {place} have complained for years about {issue}, and turnout at recent meetings has been high.',
  'Budget documents show the state has set aside {amount} million for similar projects over the next five years.',
];

export const CLOSINGS = [
  '{lead} is expected to make a final decision by {month}.',
  'A public comment period on {short} runs through {month}.',
  'The {state} Legislature will take up the budget for {short} in {month}.',
  '{lead} said it would post updates on its website.',
];

/** Sentences that can follow a relation or background sentence in its paragraph. */
export const DETAILS = [
  'The agreement covers {n} sites and runs through {month}.',
  'Officials did not say how long the review would take.',
  'The figure does not include the cost of buying land, which could add {amount} million.',
  'Neither side has said whether talks will continue.',
  'A hearing on the matter is scheduled for {month}.',
  'Records obtained by reporters show the problem was first raised {n} years ago.',
  'The two agencies have clashed before, most recently over {issue}.',
  'Some residents of {place} said they had not been told about the plan until this week.',
  'Work on {short} has already fallen {n} months behind schedule.',
  'State auditors flagged similar concerns in a report last year.',
  'The plan would be paid for with a mix of state bonds and federal grants.',
  'Local business owners have been divided, with some warning that the work would keep customers away for months.',
  'An earlier version of the plan was withdrawn in {month} after engineers raised questions about its design.',
  'Turnout at the most recent public meeting in {place} was the highest in a decade, organizers said.',
  'Emails released under a public records request show officials discussed the problem as early as {month}.',
  'The next round of bids is due in {month}, and officials expect at least {n} companies to compete.',
]
