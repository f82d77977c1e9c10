// The host's part: a callback that takes the credentials (here it only pretends to store them) and a listener.
const link = document.querySelector('hibob-link');
link.submitCredentials = async ({ serviceUserId }) => ({ stored: serviceUserId });
link.addEventListener('hibob-link-success', (e) => {
  document.querySelector('#status').textContent = `linked ${e.detail.serviceUserId} (${e.detail.result.stored})`;
});
