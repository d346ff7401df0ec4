#include "core/error.h"
#include "core/feedback.h"

#include <gtest/gtest.h>

namespace rrw {

TEST(Error, FillsNumberedArguments) {
    EXPECT_EQ(formatMessage("{1}: feature {2} is bad", {"a.shp", "7"}), "a.shp: feature 7 is bad");
}

TEST(Error, LeavesUnknownPlaceholdersAndBracesAlone) {
    EXPECT_EQ(formatMessage("{1} {3} {x}", {"a"}), "a {3} {x}");
}

TEST(Error, KeepsKeyForTranslationAndArgumentsApart) {
    const Error e(Error::Kind::Input, "{1}: file not found", {"x.geojson"});
    EXPECT_EQ(e.key(), "{1}: file not found");
    ASSERT_EQ(e.args().size(), 1u);
    EXPECT_EQ(e.message(), "x.geojson: file not found");
    EXPECT_EQ(e.kind(), Error::Kind::Input);
}

TEST(Feedback, CancelThrowsCanceled) {
    Feedback feedback;
    EXPECT_NO_THROW(feedback.throwIfCanceled());
    feedback.cancel();
    try {
        feedback.throwIfCanceled();
        FAIL() << "expected an exception";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Canceled);
    }
}

}  // namespace rrw
