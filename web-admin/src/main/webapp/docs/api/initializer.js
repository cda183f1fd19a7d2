// A file rather than an inline script, so that the page keeps working under a Content-Security-Policy
// without 'unsafe-inline'. /openapi is on the same origin.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi?format=JSON',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
});
