// The error page's text, in a file of its own: the client error boundary (app/error.tsx) imports these few
// strings in both languages instead of the whole catalogues (tens of KB gzip on every page's first load).
export const errorMessages = { title: "出错了", body: "页面加载失败，请稍后重试。", retry: "重试" };
