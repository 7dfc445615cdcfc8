import { formatDate, formatNumber, plural } from '../format.js';
import type { CommonStrings } from '../common.strings.js';

const N = (n: number) => formatNumber('pt', n);

/** The shared strings in Portuguese (Brazil), loaded on demand. */
export const strings: CommonStrings = {
  loading: 'Carregando…',
  retry: 'Tentar novamente',
  dismiss: 'Fechar',
  cancel: 'Cancelar',
  offline: 'Você está off-line. O que você escreveu fica guardado e será enviado quando você voltar a ficar on-line.',
  queued: 'Aguardando envio',
  noAdapter: 'Este widget não está conectado a um servidor Confab. Adicione um <confab-provider> ou uma meta tag confab-endpoint.',
  areaMissing: 'Este recurso não está disponível neste servidor.',
  error: 'Algo deu errado.',
  errorNotFound: 'Este item não existe mais.',
  errorForbidden: 'Você não tem permissão para fazer isso.',
  errorRestricted: (until) => `Você pode ler, mas não publicar até ${formatDate('pt', until)}.`,
  errorUnauthenticated: 'Faça login para continuar.',
  errorUnavailable: 'Não é possível acessar o serviço no momento.',
  errorRateLimited: (s) => plural('pt', s, { one: `Solicitações demais. Tente novamente em ${N(s)} segundo.`, other: `Solicitações demais. Tente novamente em ${N(s)} segundos.` }),
  errorConflict: 'Isto foi alterado nesse meio-tempo. Recarregue a página e tente novamente.',
  errorValidation: 'Verifique os dados informados.',
  tooLong: (max, length) => `Longo demais: ${N(length)} de no máximo ${N(max)} caracteres.`,
  charactersLeft: (n) => plural('pt', n, { one: `Resta ${N(n)} caractere`, other: `Restam ${N(n)} caracteres` }),
  loadOffline: 'Você está off-line; isto será carregado quando você voltar a ficar on-line.',
  voteQueued: 'Será contado quando você voltar a ficar on-line',
  voteCounted: 'Seu voto foi contado.',
  follow: 'Seguir',
  following: 'A seguir',
  followed: 'Passou a seguir isto.',
  unfollowed: 'Deixou de seguir isto.',
};
