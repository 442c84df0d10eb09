import type { Message } from '../types';
import type { rightsEn } from './rights.en';

/** Russian texts of what a user without the right to change common settings may do. */
export const rightsRu: Readonly<Record<keyof typeof rightsEn, Message>> = {
  'rights.note.common':
    'Портал отказал этой учётной записи: менять общий вид карточки и виды других пользователей может только администратор CRM. Ваши изменения можно сохранить как личный вид.',
  'rights.note.personal':
    'Портал отказал этой учётной записи: менять виды карточки других пользователей может только администратор CRM.',
  'rights.saveAsPersonal': 'Сохранить как мой личный вид',
  'rights.saveAsPersonal.hint':
    'Сохраняет эти изменения как ваш личный вид карточки для {leads}; общий вид остаётся как есть',
  'rights.saveAsPersonal.done': 'Сохранено как ваш личный вид.',
  'rights.saveAsPersonal.failed': 'Личный вид не сохранён: {reason}',
  'rights.saveAsPersonal.conflict':
    'Ваш личный вид изменили в другом месте после загрузки: он открыт с вашими изменениями. Сохраните его, чтобы сравнить оба.',
  'rights.picker.refused':
    'Портал ответил «Access denied.»: открыть личный вид пользователя {who} может только администратор CRM. Вы остаётесь в прежнем виде.',
  'rights.picker.failed': 'Личный вид пользователя {who} не открылся: {reason}',
  'rights.picker.ownOnly': 'Открывать личные виды других пользователей может только администратор CRM.',
  'rights.picker.opening': 'Открывается…',
  'rights.copy.ownOnly':
    'Копировать в виды других пользователей может только администратор CRM: копия попадёт в ваш личный вид.',
  'rights.who.ownOnly':
    'Смотреть личные виды других пользователей может только администратор CRM: здесь показан ваш.',
};
