/**
 * The texts the task pane shows before anything else loads: its title, the loading line, the
 * message outside Excel and the privacy note. Kept apart so the pane's first script carries no
 * more Russian than it paints; ru.taskpane includes them.
 */
export const paneShell = {
  title: "МСОКО для Excel",
  tagline: "Муниципальная система оценки качества образования в вашей книге Excel",
  loading: "Загрузка…",
  outsideTitle: "Эта панель работает внутри Excel",
  outsideBody:
    "Страница открыта в обычном браузере, поэтому книга Excel ей недоступна. Откройте Excel, перейдите на вкладку «Главная» и нажмите «Панель МСОКО». Если кнопки нет, добавьте надстройку: «Вставка» → «Мои надстройки».",
  outsideNoOffice: "Библиотека Office не загрузилась: нет связи с сервером Microsoft или страница открыта вне Excel.",
  privacy: "Данные остаются в книге: надстройка ничего никуда не отправляет.",
};
