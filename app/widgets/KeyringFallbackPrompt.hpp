#pragma once

#include <QCoreApplication>

class QWidget;

namespace shopcast::core {
class SecretStore;
}

namespace shopcast::app {

// Without a system keyring, secrets go to a file only when the user says so,
// knowing who can read it there. Asked by every dialog that stores a secret.
class KeyringFallbackPrompt
{
    Q_DECLARE_TR_FUNCTIONS(KeyringFallbackPrompt)
public:
    // True (and the store's file fallback allowed) when the user agrees.
    static bool ask(QWidget *parent, core::SecretStore &secrets, const QString &error);
};

} // namespace shopcast::app
