import type { Mention } from './types.ts';

// Lower-case particles that open a surname: "de Tocqueville", "du Motel", "van der Sar", "de la Rosa".
const PARTICLE_BEFORE = /(?<![\p{L}\p{N}’'.-])(?:(?:van|von|de|da|di) (?:der|den|de|la|le|ter|ten)|de|du|des|van|von|der|den|da|del|della|di|ten|ter) $/u;
// The word before a particle, when capitalised, opens a longer name the particle belongs to ("Paseo de Montejo").
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}.’'-]*\s+$/u;

/**
 * "de Tocqueville", "de Villiers Graaff": a surname written with its particle and no given name keeps
 * the particle, and is a person's, whatever its ending made it look like ("-ville" a town). Left alone
 * where a capitalised word comes before the particle: "Paseo de Montejo" and "Universidad de Chile"
 * are names of their own, and "Alexis de Tocqueville" was read whole already.
 */
export function widenNameParticle(mention: Mention, text: string): Mention {
  if (mention.known || mention.nested || (mention.type !== 'Person' && mention.text.includes(' '))) return mention;
  const particle = PARTICLE_BEFORE.exec(text.slice(Math.max(0, mention.start - 10), mention.start));
  if (!particle) return mention;
  const start = mention.start - particle[0].length;
  if (CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return mention;
  return { ...mention, start, text: text.slice(start, mention.end), type: 'Person', guessed: false, firstName: false, titledText: null };
}
