// Passkeys for forms marked data-passkey="create" or "get": pressing the button asks the
// browser's authenticator, puts its answer (JSON) into the form's "answer" field and submits.
// Forms marked data-passkey-offer only lead to such a page. All of them stay hidden unless
// this browser can use passkeys; passwords and codes work without any of this.
(function () {
  "use strict";
  if (!window.PublicKeyCredential || !navigator.credentials) {
    return;
  }

  function bytes(text) {
    var base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    while (base64.length % 4) {
      base64 += "=";
    }
    var binary = atob(base64);
    var result = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      result[i] = binary.charCodeAt(i);
    }
    return result.buffer;
  }

  function text(buffer) {
    var view = new Uint8Array(buffer);
    var binary = "";
    for (var i = 0; i < view.length; i++) {
      binary += String.fromCharCode(view[i]);
    }
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function decodeCredentials(list) {
    (list || []).forEach(function (credential) {
      credential.id = bytes(credential.id);
    });
  }

  function ask(mode, options) {
    var key = options.publicKey;
    key.challenge = bytes(key.challenge);
    if (mode === "create") {
      key.user.id = bytes(key.user.id);
      decodeCredentials(key.excludeCredentials);
      return navigator.credentials.create(options);
    }
    decodeCredentials(key.allowCredentials);
    return navigator.credentials.get(options);
  }

  function answer(credential) {
    var response = credential.response;
    var result = {
      id: credential.id,
      rawId: text(credential.rawId),
      type: credential.type,
      extensions: credential.getClientExtensionResults(),
      response: { clientDataJSON: text(response.clientDataJSON) }
    };
    if (response.attestationObject) {
      result.response.attestationObject = text(response.attestationObject);
      if (response.getTransports) {
        result.response.transports = response.getTransports();
      }
    } else {
      result.response.authenticatorData = text(response.authenticatorData);
      result.response.signature = text(response.signature);
      result.response.userHandle = response.userHandle ? text(response.userHandle) : null;
    }
    return JSON.stringify(result);
  }

  document.querySelectorAll("[data-passkey-offer]").forEach(function (form) {
    form.hidden = false;
  });
  document.querySelectorAll("[data-passkey-nojs]").forEach(function (note) {
    note.hidden = true;
  });
  document.querySelectorAll("form[data-passkey]").forEach(function (form) {
    var failed = form.querySelector("[data-passkey-failed]");
    var elsewhere = form.querySelector("[data-passkey-wrong-address]");
    form.hidden = false;
    // A passkey belongs to the hub's public address; a page opened at another address (an
    // IP address, a second name) cannot use it, and the browser's error would not say why.
    if (elsewhere && window.location.origin !== form.getAttribute("data-origin")) {
      elsewhere.hidden = false;
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (failed) {
        failed.hidden = true;
      }
      var options = JSON.parse(form.getAttribute("data-options"));
      ask(form.getAttribute("data-passkey"), options).then(
        function (credential) {
          form.elements.answer.value = answer(credential);
          form.submit();
        },
        function (error) {
          var shown = error && error.name === "SecurityError" && elsewhere ? elsewhere : failed;
          if (shown) {
            shown.hidden = false;
          }
        }
      );
    });
  });
})();
