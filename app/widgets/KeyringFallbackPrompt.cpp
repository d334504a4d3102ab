#include "KeyringFallbackPrompt.hpp"

#include "core/SecretStore.hpp"

#include <QMessageBox>

namespace shopcast::app {

bool KeyringFallbackPrompt::ask(QWidget *parent, core::SecretStore &secrets, const QString &error)
{
    const auto answer = QMessageBox::question(parent, tr("No keyring"),
                                              // The store's error already says the keyring is not there.
                                              tr("%1.\n\nKeep stream keys and tokens in a file only you can read (%2) instead? "
                                                 "Anyone with your user account or a copy of the profile can read them there.")
                                                  .arg(error.isEmpty() ? error : error.at(0).toUpper() + error.mid(1), secrets.fallbackFile()));
    if (answer != QMessageBox::Yes)
        return false;
    secrets.setFileFallbackAllowed(true);
    return true;
}

} // namespace shopcast::app
