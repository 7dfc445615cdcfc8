import { byKind, type ContentStrings } from '../content.strings.js';
import type { ContentFormStrings } from '../content-forms.strings.js';

const words = { question: 'pergunta', answer: 'resposta', idea: 'ideia', comment: 'comentário', feedback: 'opinião' };

/** The content lifecycle's labels and buttons in Portuguese, loaded on demand. */
export const strings: ContentStrings = {
  report: byKind(words, (w) => `Denunciar ${w}`),
  edit: byKind(words, (w) => `Editar ${w}`),
  remove: byKind(words, (w) => `Eliminar ${w}`),
  hide: byKind(words, (w) => `Ocultar ${w}`),
  restore: byKind(words, (w) => `Restaurar ${w}`),
  edited: 'editado',
  removedByAuthor: 'Removido pelo seu autor',
  removedByModerator: 'Removido por um moderador',
  hidden: 'Oculto',
  hiddenByCommunity: 'Oculto até revisão: denunciado por membros.',
  reason: (reason) => `Motivo: ${reason}`,
  held: 'A aguardar revisão',
  earlierVersions: 'Versões anteriores',
  restored: 'Restaurado. Todos o podem ver novamente.',
};

/** The content forms in Portuguese. */
export const forms: ContentFormStrings = {
  reasonLegend: 'Motivo',
  reasons: { spam: 'Spam', offensive: 'Ofensivo', 'off-topic': 'Fora do tema', other: 'Outro' },
  note: 'Nota',
  noteRequired: 'Adicione uma nota quando o motivo for «Outro».',
  sendReport: 'Enviar denúncia',
  cancel: 'Cancelar',
  reported: 'Obrigado. Um moderador vai analisar.',
  alreadyReported: 'Já denunciou isto.',
  moderatorReason: 'Motivo',
  reasonRequired: 'Indique um motivo.',
  hide: 'Ocultar',
  remove: 'Eliminar',
  confirmRemove: { question: 'Eliminar esta pergunta?', answer: 'Eliminar esta resposta?', idea: 'Eliminar esta ideia?', comment: 'Eliminar este comentário?', feedback: 'Eliminar este comentário da opinião?' },
  title: 'Título',
  body: 'Texto (Markdown)',
  tags: 'Etiquetas (separadas por vírgulas)',
  titleRequired: 'Escreva um título.',
  bodyRequired: 'Escreva um texto.',
  saveChanges: 'Guardar alterações',
  saved: 'Alterações guardadas.',
  notSaved: (why) => `As suas alterações não foram guardadas: ${why} O seu texto continua no formulário.`,
  hiddenDone: 'Oculto. Agora só o autor e os moderadores o podem ver.',
  removedDone: 'Eliminado.',
  version: (n, editor) => `Versão ${n}, por ${editor}`,
  noVersions: 'Sem versões anteriores.',
};
