import { formatDate, formatNumber, plural } from '../format.js';
import type { CommonStrings } from '../common.strings.js';

const N = (n: number) => formatNumber('es', n);

/** The shared strings in Spanish, loaded on demand. */
export const strings: CommonStrings = {
  loading: 'Cargando…',
  retry: 'Reintentar',
  dismiss: 'Cerrar',
  cancel: 'Cancelar',
  offline: 'No tienes conexión. Lo que escribiste se conserva y se enviará cuando vuelvas a estar en línea.',
  queued: 'Pendiente de envío',
  noAdapter: 'Este widget no está conectado a ningún servidor de Confab. Añade un <confab-provider> o una etiqueta meta confab-endpoint.',
  areaMissing: 'Esta función no está disponible en este servidor.',
  error: 'Algo salió mal.',
  errorNotFound: 'Este elemento ya no existe.',
  errorForbidden: 'No tienes permiso para hacer esto.',
  errorRestricted: (until) => `Puedes leer, pero no publicar hasta el ${formatDate('es', until)}.`,
  errorUnauthenticated: 'Inicia sesión para continuar.',
  errorUnavailable: 'No se puede acceder al servicio en este momento.',
  errorRateLimited: (s) => plural('es', s, { one: `Demasiadas solicitudes. Vuelve a intentarlo en ${N(s)} segundo.`, other: `Demasiadas solicitudes. Vuelve a intentarlo en ${N(s)} segundos.` }),
  errorConflict: 'Esto cambió mientras tanto. Recarga la página y vuelve a intentarlo.',
  errorValidation: 'Revisa los datos introducidos.',
  tooLong: (max, length) => `Demasiado largo: ${N(length)} caracteres de un máximo de ${N(max)}.`,
  charactersLeft: (n) => plural('es', n, { one: `Queda ${N(n)} carácter`, other: `Quedan ${N(n)} caracteres` }),
  loadOffline: 'No tienes conexión; esto se cargará cuando vuelvas a estar en línea.',
  voteQueued: 'Contará cuando vuelvas a estar en línea',
  voteCounted: 'Tu voto se ha contado.',
  follow: 'Seguir',
  following: 'Siguiendo',
  followed: 'Ahora sigues esto.',
  unfollowed: 'Ya no sigues esto.',
};
