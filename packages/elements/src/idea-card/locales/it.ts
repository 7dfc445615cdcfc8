import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaCardStrings } from '../idea-card.strings.js';

const N = (n: number) => formatNumber('it', n);

/** `<confab-idea-card>` strings in Italian, loaded on demand. */
export const strings: IdeaCardStrings = {
  voteFor: (title) => `Vota «${title}»`,
  votes: (n) => plural('it', n, { one: `${N(n)} voto`, other: `${N(n)} voti` }),
  readMore: 'Leggi tutto',
  readLess: 'Mostra meno',
  proposedBy: 'Proposta da',
  tags: 'Tag',
  comments: (n) => plural('it', n, { one: `${N(n)} commento`, other: `${N(n)} commenti` }),
  noComments: 'Ancora nessun commento. Avvia la conversazione.',
  moreComments: 'Mostra altri commenti',
  commentLabel: 'Il tuo commento',
  comment: 'Commenta',
  commentRequired: 'Scrivi prima un commento.',
  commentPosted: 'Il tuo commento è stato pubblicato.',
  commentQueued: 'Sei offline. Il tuo commento viene conservato e sarà pubblicato quando tornerai online.',
  commentsHeading: 'Commenti',
  status: {
    new: 'Nuova',
    'under-review': 'In valutazione',
    planned: 'Pianificata',
    'in-progress': 'In corso',
    implemented: 'Realizzata',
    declined: 'Respinta',
  },
  statusLabel: 'Stato',
  statusSetBy: 'Impostato da',
  changeStatus: 'Cambia stato',
  newStatus: 'Nuovo stato',
  note: 'Nota (obbligatoria)',
  noteHint: 'Spiega la decisione: la leggeranno tutte le persone che seguono questa idea.',
  noteRequired: 'Scrivi una nota che spieghi la modifica; ogni cambio di stato ne richiede una.',
  save: 'Salva',
  statusChanged: (status) => `Stato cambiato in «${status}».`,
  voteRefused: (reason) => `Il tuo voto non è stato salvato ed è stato annullato. ${reason}`,
  noIdea: 'Nessuna idea da mostrare: imposta l’attributo idea sull’identificativo di un’idea.',
  ownIdea: 'Non puoi votare la tua idea.',
};
