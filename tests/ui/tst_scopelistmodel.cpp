// SPDX-License-Identifier: GPL-3.0-or-later
// The scope table behind the wizard and the Settings page, checked by Qt's own model tester.
#include "i18n/languagemanager.h"
#include "models/scopelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Roomdesk;

class TestScopeListModel final : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    void requiredAndOptionalSplitTheCatalog()
    {
        ScopeListModel required(true);
        ScopeListModel optional(false);
        QAbstractItemModelTester requiredTester(&required, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester optionalTester(&optional, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(required.rowCount(), 24);
        QCOMPARE(optional.rowCount(), 8);
        QCOMPARE(required.scope(0), QStringLiteral("meeting:read:past_meeting:admin")); // the Escal8 order
        QCOMPARE(required.scope(23), QStringLiteral("webinar:write:webinar:admin"));
        for (int row = 0; row < required.rowCount(); ++row)
            QVERIFY(!required.index(row, ScopeListModel::PurposeColumn).data().toString().isEmpty());
    }

    void grantedStateFollowsTheToken()
    {
        ScopeListModel model(true);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex state = model.index(1, ScopeListModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("not checked"));
        QVERIFY(!state.data(ScopeListModel::GrantedRole).isValid());
        QVERIFY(model.missing().isEmpty()); // nothing known yet

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setGranted(QStringList {model.scope(1), QStringLiteral("user:read:user:admin")});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(state.data().toString(), QStringLiteral("granted"));
        QCOMPARE(state.data(ScopeListModel::GrantedRole).toBool(), true);
        QCOMPARE(model.index(0, ScopeListModel::StateColumn).data().toString(), QStringLiteral("missing"));
        QCOMPARE(model.missing().size(), 23);
        QVERIFY(!model.missing().contains(model.scope(1)));

        model.setGranted(std::nullopt);
        QVERIFY(!model.checked());
    }

    void purposesFollowTheLanguage()
    {
        ScopeListModel model(true);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString english = model.index(0, ScopeListModel::PurposeColumn).data().toString();
        QVERIFY(m_languages.setLanguage(QStringLiteral("es")));
        model.retranslate();
        const QString spanish = model.index(0, ScopeListModel::PurposeColumn).data().toString();
        QVERIFY(!spanish.isEmpty() && spanish != english);
        QCOMPARE(model.headerData(ScopeListModel::ScopeColumn, Qt::Horizontal).toString(), QStringLiteral("Permiso"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestScopeListModel)
#include "tst_scopelistmodel.moc"
