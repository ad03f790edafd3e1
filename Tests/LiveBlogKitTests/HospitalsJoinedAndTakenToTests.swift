import Testing
@testable import LiveBlogKit

/// Shapes of a dance-class stabbing page, a bushfire page and a poisoning page: a list of
/// hospitals whose last name holds an `and` of its own, famous hospitals joined by `and` into
/// one run, a hospital written by its first word where the injured were taken, a hospital's
/// number, a hospital written with and without `NHS` before its name, and a place after a point
/// of the compass that speaks.
@Suite struct HospitalsJoinedAndTakenToTests {
    /// `Alder Hey, Aintree and Southport and Formby District General Hospital`: a name holds one
    /// `and`, and the list's is the one before it.
    @Test func aListsLastNameKeepsOneAnd() {
        let blog = LiveBlogParser.parse("""
            Southport stabbing – live

            6.05pm BST

            Patients were taken to Alder Hey, Aintree and Southport and Formby District General Hospital. Others went to Great Ormond Street, Homerton and Chelsea and Westminster Hospital.

            5.40pm BST

            Staff at Brighton and Sussex University Hospital were told to expect casualties.
            """)
        #expect(blog.hospitals.map(\.name).sorted() == [
            "Alder Hey", "Brighton and Sussex University Hospital", "Chelsea and Westminster Hospital", "Great Ormond Street",
            "Southport and Formby District General Hospital",
        ])
    }

    /// `Alder Hey and Whiston` is one run to the name reader: a famous hospital among the names
    /// it joins is found, and `Guy’s and St Thomas’` stays one name, as does a trust's.
    @Test func famousHospitalsJoinedByAnd() {
        let blog = LiveBlogParser.parse("""
            Southport stabbing – live

            6.05pm BST

            Two more children went to Alder Hey and Whiston. Staff from Whiston and Great Ormond Street were on standby.

            5.40pm BST

            Guy's and St Thomas' NHS Foundation Trust said some operations were cancelled at Guy's and St Thomas'.
            """)
        #expect(blog.posts.map(\.hospitals) == [["Alder Hey", "Great Ormond Street"], ["Guy's and St Thomas'"]])
    }

    /// `Two adults were taken to Aintree University Hospital`, then `taken to Aintree` and
    /// `flown to the Alfred`: where the injured were taken is a place, so a hospital's first
    /// word there is that hospital, as after `at`; `went to` says no more than where someone went.
    @Test func aHospitalsFirstWordWhereTheInjuredWereTaken() {
        let blog = LiveBlogParser.parse("""
            Southport stabbing – live

            7.20pm BST

            Two adults were taken to Aintree University Hospital. A firefighter was flown to the Alfred Hospital in Melbourne.

            6.05pm BST

            Patients were rushed to Alder Hey, Aintree and Whiston.

            5.50pm BST

            Injured firefighter flown to the Alfred

            5.40pm BST

            Some of the parents went to Aintree to look for their children.
            """)
        #expect(blog.posts.map(\.hospitals) == [
            ["Aintree University Hospital", "Alfred Hospital"], ["Alder Hey", "Aintree University Hospital"], ["Alfred Hospital"], [],
        ])
    }

    /// `Omsk Emergency Hospital No 1`, `City Hospital No. 40`: a number after the keyword is the
    /// name's, and tells a name of general words from others (`City Hospital` alone is none);
    /// `Lewisham Hospital. No one was hurt` holds no number.
    @Test func aNumberEndsAName() {
        let blog = LiveBlogParser.parse("""
            Navalny poisoning – live

            4.30pm CEST

            Navalny was first treated at Omsk Emergency Hospital No 1. Another patient was taken to City Hospital No. 40 in Moscow.

            4.10pm CEST

            He was at Lewisham Hospital. No one was hurt.
            """)
        #expect(blog.posts.map(\.hospitals) == [["Omsk Emergency Hospital No 1", "City Hospital No. 40"], ["Lewisham Hospital"]])
    }

    /// `The NHS Nightingale hospital at ExCeL London`, then `Nightingale hospital admits first
    /// patients` and `the NHS Nightingale`: one hospital, named as first written. `NHS` alone
    /// before a keyword stays a name's word. And `at the ExCeL centre in east London admitted`:
    /// a name after a point of the compass is a place's, whose last word speaking makes no full
    /// name a person's (`ExCeL London`).
    @Test func nhsBeforeANameIsNoWordOfIt() {
        let blog = LiveBlogParser.parse("""
            Coronavirus UK – live

            The NHS Nightingale hospital at ExCeL London has admitted its first patients

            16:50 BST

            Nightingale hospital admits first patients

            The NHS Nightingale at the ExCeL centre in east London admitted its first patients on Tuesday, NHS England said.

            16:05 BST

            Field hospital opens

            Staff at the Nightingale hospital said it was ready.
            """)
        #expect(blog.hospitals.map(\.name) == ["NHS Nightingale Hospital"])
        #expect(blog.posts.map(\.hospitals) == [["NHS Nightingale Hospital"], ["NHS Nightingale Hospital"]])
        #expect(HospitalName.normalize("NHS Hospital") == "hospital")
        #expect(blog.people.isEmpty)
    }
}
