import type { Message } from '../types';
import type { connectEn } from './connect.en';

/**
 * The connection screen in the words of Bitrix24's Russian interface: «входящий вебхук»,
 * «Разработчикам → Другое → Входящий вебхук», the scopes as the webhook form lists them
 * («CRM (crm)», «Пользователи (user)»). The portal's codes and texts in {answer} and {code} stay as
 * the portal wrote them.
 */
export const connectRu: Readonly<Record<keyof typeof connectEn, Message>> = {
  'connect.current': 'Текущее подключение',
  'connect.connectedTo': 'Подключено к',
  'connect.remembered': 'запомнен на этом устройстве',
  'connect.tabOnly': 'хранится только в этой вкладке',
  'connect.disconnect': 'Отключить',
  'connect.back': 'Вернуться в редактор',
  'connect.intro':
    'Подключите Lead Card Studio к своему порталу Битрикс24, чтобы редактировать виды карточек CRM: лидов, сделок, контактов, компаний, предложений, счетов и смарт-процессов.',
  'connect.demo.title': 'Демо-портал',
  'connect.demo.available':
    'Эмулятор портала, с которого открыта эта страница, — с примерами лидов и полей. Ничто из сделанного там не попадёт на настоящий портал.',
  'connect.demo.unavailable':
    'Доступен, только когда приложение запущено через свой эмулятор портала (npm start).',
  'connect.demo.use': 'Перейти на демо-портал',
  'connect.privacy':
    'Секретный ключ вебхука передаётся только вашему порталу. Приложение никогда не записывает его в адрес страницы, журналы и сообщения об ошибках и показывает его скрытым.',

  'connect.form.title': 'Подключение через входящий вебхук',
  'connect.form.url': 'Адрес вебхука',
  'connect.form.placeholder': 'https://ваш-портал.bitrix24.ru/rest/1/abcdef123456/',
  'connect.form.hint':
    'На портале: {path}. Отметьте права {crm} и {user}, сохраните и скопируйте показанный адрес.',
  'connect.form.hintPath': 'Разработчикам → Другое → Входящий вебхук',
  'connect.form.remember': 'Запомнить на этом устройстве',
  'connect.form.warningLabel': 'Внимание:',
  'connect.form.warning':
    'в адресе вебхука есть его секретный ключ. Любой, кто работает в этом профиле браузера, сможет прочитать его и действовать на портале от имени этого сотрудника. Отмечайте, только если это ваше устройство; кнопка «Отключить» удаляет его.',
  'connect.form.tabOnly': 'Хранится только в этой вкладке браузера: закроете вкладку — он забудется.',
  'connect.form.checking': 'Проверка…',
  'connect.form.submit': 'Подключить',

  'connect.problem.badUrl': 'Это не адрес вебхука.',
  'connect.problem.wrongSecret': 'Неверный сотрудник или секретный ключ.',
  'connect.problem.noCrmScope': 'Нет прав «crm».',
  'connect.problem.noUserScope': 'Нет прав «user».',
  'connect.problem.unreachable': 'Портал недоступен.',
  'connect.problem.cors': 'Заблокировано браузером (CORS).',
  'connect.problem.notPortal': 'Это не портал Битрикс24.',
  'connect.problem.refused': 'Портал отказал.',

  'connect.url.empty': 'Вставьте адрес вебхука с портала (Разработчикам → Другое → Входящий вебхук).',
  'connect.url.noScheme': 'Адрес должен начинаться с https://.',
  'connect.url.notUrl': 'Это не адрес (URL).',
  'connect.url.notHttp': 'Адрес должен начинаться с https:// (http:// — только для локального эмулятора).',
  'connect.url.insecureHttp':
    'Используйте https://: порталы не принимают вебхуки по обычному http, а секретный ключ передавался бы без шифрования. http:// допускается только для локального эмулятора (localhost).',
  'connect.url.hasCredentials': 'В адресе не должно быть имени пользователя или пароля перед именем сервера.',
  'connect.url.noRestPath': 'В адресе нет части /rest/USER_ID/SECRET/ — скопируйте адрес вебхука целиком.',
  'connect.url.badUserId': 'ID сотрудника в /rest/USER_ID/SECRET/ должен быть целым положительным числом.',
  'connect.url.badSecret':
    'Секретный ключ в /rest/USER_ID/SECRET/ может содержать только латинские буквы, цифры, «_» и «-».',

  'connect.check.noScopes': 'ничего',
  'connect.check.noCrmScope':
    'У этого вебхука нет прав «crm» (отмечено: {scopes}), поэтому он не может читать и сохранять виды карточки. Откройте вебхук на {host} (Разработчикам → Другое → Входящий вебхук), отметьте «CRM (crm)», сохраните и подключитесь снова.',
  'connect.check.noUserScope':
    'У этого вебхука нет прав «user» (отмечено: {scopes}), а без них редактор не получит список сотрудников портала. Откройте вебхук на {host} (Разработчикам → Другое → Входящий вебхук), отметьте «Пользователи (user)», сохраните и подключитесь снова.',
  'connect.check.failed': 'Проверка не удалась: {detail}',
  'connect.check.timeout': '{host} не ответил за отведённое время. Проверьте адрес и повторите попытку.',
  'connect.check.notPortal':
    '{host} ответил, но не так, как отвечает портал Битрикс24 (HTTP {status}). Проверьте, что это адрес входящего вебхука вашего портала.',
  'connect.check.wrongSecret':
    '{host} отклонил этот вебхук ({code}): неверный ID сотрудника или секретный ключ, либо вебхук удалён. Скопируйте адрес заново: Разработчикам → Другое → Входящий вебхук.',
  'connect.check.refused': '{host} отклонил проверку: «{answer}».',
  'connect.check.cors':
    '{host} ответил, но браузер не дал прочитать ответ (CORS). Порталы Битрикс24 это разрешают; вероятно, прокси-сервер или межсетевой экран перед этим порталом удаляет заголовок Access-Control-Allow-Origin.',
  'connect.check.unreachable':
    'Не удаётся связаться с {host}: нет ответа. Проверьте адрес, подключение к сети и работает ли портал.',
  'connect.check.user': 'Сотрудник {id}',

  'connect.label.demo': 'Демо-портал · {user}',
  'connect.label.frame': 'Битрикс24 · {domain}',

  'connect.frame.title': 'Виды карточек CRM',
  'connect.frame.notJson': 'Портал ответил сообщением не в формате JSON.',
  'connect.frame.closed': 'Связь с окном портала закрыта.',
  'connect.frame.noToken': 'Портал передал данные для запуска без ключа доступа.',
  'connect.frame.noNewToken': 'Портал не передал новый ключ доступа.',
  'connect.frame.postFailed': 'Не удалось отправить сообщение порталу: {detail}',
  'connect.frame.notAllowed.title': 'Этому порталу не разрешено работать с этой копией приложения',
  'connect.frame.notAllowed.body':
    'Приложение открыто внутри {domain}, а эта копия Lead Card Studio настроена не для него. Здесь оно ничего не делает: ни один запрос к этому порталу не уходит.',
  'connect.frame.notAllowed.hint':
    'Если {domain} — ваш портал, попросите того, кто размещает приложение, добавить его в список разрешённых порталов (ALLOWED_PORTALS).',

  'connect.leadTab.loading': 'Загрузка лида №{id}…',
  'connect.leadTab.failed': 'Не удалось показать лид №{id}',
  'connect.leadTab.retry': 'Повторить',
  'connect.leadTab.untitled': 'Лид №{id}',
  'connect.leadTab.common': '— так его показывает карточка с общим видом для {type} лидов.',
  'connect.leadTab.default': '— так его показывает карточка с видом портала по умолчанию для {type} лидов.',
  'connect.leadTab.simple': 'простых',
  'connect.leadTab.repeat': 'повторных',
  'connect.leadTab.edit': 'Изменить вид карточки',
};
