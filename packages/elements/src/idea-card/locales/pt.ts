import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaCardStrings } from '../idea-card.strings.js';

const N = (n: number) => formatNumber('pt', n);

/** `<confab-idea-card>` strings in Portuguese (Brazil), loaded on demand. */
export const strings: IdeaCardStrings = {
  voteFor: (title) => `Votar em “${title}”`,
  votes: (n) => plural('pt', n, { one: `${N(n)} voto`, other: `${N(n)} votos` }),
  readMore: 'Ler mais',
  readLess: 'Mostrar menos',
  proposedBy: 'Proposta por',
  tags: 'Tags',
  comments: (n) => plural('pt', n, { one: `${N(n)} comentário`, other: `${N(n)} comentários` }),
  noComments: 'Ainda não há comentários. Comece a conversa.',
  moreComments: 'Mostrar mais comentários',
  commentLabel: 'Seu comentário',
  comment: 'Comentar',
  commentRequired: 'Escreva um comentário primeiro.',
  commentPosted: 'Seu comentário foi publicado.',
  commentQueued: 'Você está off-line. Seu comentário fica guardado e será publicado quando você voltar a ficar on-line.',
  commentsHeading: 'Comentários',
  status: {
    new: 'Nova',
    'under-review': 'Em análise',
    planned: 'Planejada',
    'in-progress': 'Em andamento',
    implemented: 'Implementada',
    declined: 'Recusada',
  },
  statusLabel: 'Status',
  statusSetBy: 'Definido por',
  changeStatus: 'Alterar status',
  newStatus: 'Novo status',
  note: 'Justificativa (obrigatória)',
  noteHint: 'Explique a decisão: todos que acompanham esta ideia vão lê-la.',
  noteRequired: 'Escreva uma justificativa para a mudança; toda mudança de status exige uma.',
  save: 'Salvar',
  statusChanged: (status) => `Status alterado para “${status}”.`,
  voteRefused: (reason) => `Seu voto não foi salvo e foi desfeito. ${reason}`,
  noIdea: 'Nenhuma ideia para mostrar: defina o atributo idea com o identificador de uma ideia.',
  ownIdea: 'Você não pode votar na sua própria ideia.',
};
