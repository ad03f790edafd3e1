import Testing
@testable import LiveBlogKit
import TestSupport

@Suite struct TimeOfDayTests {
    @Test(arguments: [
        ("12.53pm BST", 12 * 60 + 53, "BST"),
        ("9.41am GMT", 9 * 60 + 41, "GMT"),
        ("12.05am BST", 5, "BST"),
        ("19.30 GMT", 19 * 60 + 30, "GMT"),
        ("19.30\u{00A0}GMT", 19 * 60 + 30, "GMT"),
        ("18:00", 18 * 60, nil),
        ("05:19", 5 * 60 + 19, nil),
        ("  7.19am  ", 7 * 60 + 19, nil),
        ("11.59PM CEST", 23 * 60 + 59, "CEST"),
        // As American pages write times: a.m. and p.m., an hour alone, a date after.
        ("3:45 p.m. ET", 15 * 60 + 45, "ET"),
        ("11:02 a.m. EDT", 11 * 60 + 2, "EDT"),
        ("9 a.m.", 9 * 60, nil),
        ("12 p.m.", 12 * 60, nil),
        ("12 a.m. ET", 0, "ET"),
        ("2:10 PM EDT, Sept. 28, 2022", 14 * 60 + 10, "EDT"),
        ("7:05 p.m., March 3", 19 * 60 + 5, nil),
        // A date before the time, as the New York Times heads its live posts.
        ("Sept. 28, 2022, 3:45 p.m. ET", 15 * 60 + 45, "ET"),
        ("September 28, 2022, 11:02 a.m. EDT", 11 * 60 + 2, "EDT"),
        ("Sep 28, 2022 9 a.m.", 9 * 60, nil),
        ("March 3, 7:05 p.m.", 19 * 60 + 5, nil),
        ("Jan. 6 at 2:30 PM ET", 14 * 60 + 30, "ET"),
        ("May 1, 18:00", 18 * 60, nil),
        // The zone in brackets, as Indian pages write it.
        ("14:35 (IST)", 14 * 60 + 35, "IST"),
        ("2.05pm (GMT)", 14 * 60 + 5, "GMT"),
        // The day before the month, and a weekday, as British pages stamp a post.
        ("Tue 4 Jun 2019 10.05 BST", 10 * 60 + 5, "BST"),
        ("4 Jun 2019 10.05 BST", 10 * 60 + 5, "BST"),
        ("4 June 10:05", 10 * 60 + 5, nil),
        ("4 June 2019, 10:05", 10 * 60 + 5, nil),
        ("Thursday 4th June 2020 10:05", 10 * 60 + 5, nil),
        ("Tuesday 10.05 BST", 10 * 60 + 5, "BST"),
        ("Sun 10.05", 10 * 60 + 5, nil),
        ("Monday 9 a.m.", 9 * 60, nil),
        ("Wednesday, September 28, 2022 at 10:05 a.m. EDT", 10 * 60 + 5, "EDT"),
        ("10.05 BST 4 Jun 2019", 10 * 60 + 5, "BST"),
        ("10:05 June 4", 10 * 60 + 5, nil),
        ("10:05, Tuesday", 10 * 60 + 5, nil),
        // Numeric dates, seconds and offsets, as feeds stamp a post; `13h05`, as French pages write a time.
        ("2019-06-04 10:05", 10 * 60 + 5, nil),
        ("2019-06-04T10:05:00Z", 10 * 60 + 5, "UTC"),
        ("2019-06-04T10:05:32+01:00", 10 * 60 + 5, "+01:00"),
        ("04/06/2019 10:05", 10 * 60 + 5, nil),
        ("4.6.19 10:05", 10 * 60 + 5, nil),
        ("10:05:32", 10 * 60 + 5, nil),
        ("13h05", 13 * 60 + 5, nil),
        // A day said in words (`Yesterday 22:15`); four digits and a zone, as wires stamp a time.
        ("Yesterday 22:15", 22 * 60 + 15, nil),
        ("Today, 9.41am", 9 * 60 + 41, nil),
        ("TODAY 12.15", 12 * 60 + 15, nil),
        ("0812 GMT", 8 * 60 + 12, "GMT"),
        ("1415 GMT", 14 * 60 + 15, "GMT"),
        // In square brackets; `hrs` after the time, as Indian pages write it.
        ("[10:05]", 10 * 60 + 5, nil),
        ("[ 10.05 BST ]", 10 * 60 + 5, "BST"),
        ("10:05 hrs", 10 * 60 + 5, nil),
        ("10.05 hrs IST", 10 * 60 + 5, "IST"),
        // The word for o'clock after the time: German, Dutch, Spanish; it makes dotted digits a time.
        ("15.45 Uhr", 15 * 60 + 45, nil),
        ("15:45 Uhr", 15 * 60 + 45, nil),
        ("9.05 uur", 9 * 60 + 5, nil),
        ("15:45 h", 15 * 60 + 45, nil),
        ("10.05 HRS", 10 * 60 + 5, nil),
        ("15.45 Uhr MESZ", 15 * 60 + 45, "MESZ"),
        // An hour alone, marked by the word for o'clock.
        ("9 Uhr", 9 * 60, nil),
        ("17 uur", 17 * 60, nil),
    ] as [(String, Int, String?)])
    func readsTimeLines(line: String, minutes: Int, zone: String?) {
        let time = TimeOfDay.parseLine(line)
        #expect(time?.minutes == minutes)
        #expect(time?.zone == zone)
    }

    @Test(arguments: [
        "", "12.53", "25:00", "13.00pm BST", "9.61am", "at 9.41am", "9.41am BST today",
        "12.53pm bst", "123:45", "Updated at 10.02am BST", "18:00 and more",
        "9", "2022", "9 am and more", "3:45 p.m. ET, today", "9 a.m.m", "10 people", "3:45 p.m. ET, 28 – 29",
        "Sept. 28, 2022", "March 3", "Marching 3, 7:05 p.m.", "Ma 3, 7:05 p.m.", "Sept. 32, 3:45 p.m.", "Sept.28, 3:45 p.m.",
        "Mayor 3, 9 a.m.", "Mondays 9 a.m.", "May 3 and 9 a.m.", "March 3, 2022 at",
        // A number after the time must be a date's: not `10:05, 3 people died`.
        "10:05, 3 people died", "10:05 3 people", "10:05 4", "The 10:05", "Tue 4 Jun 2019", "2019-06-04", "12.05.2019",
        "2019-13-04 10:05", "2019-06-04-05 10:05", "10:05:3", "10:05:324", "13h5", "4 people 10:05",
        "Tue4 Jun 10:05", "10:05 June 4 2019 extra",
        // A run of digits too long for a number is no day or year, and no overflow.
        "Jun 55555555555555555555555 10:05", "10:05 Jun 99999999999999999999999",
        "14:35 (IST", "14:35 ()", "14:35 (IST) today", "14.35 (a)",
        "Yes 12:15", "Todays 12:15", "Today", "Yesterday at", "0812", "2460 GMT", "0875 GMT", "08125 GMT", "0812 GMT today",
        "[10:05", "10:05]", "[10:05] Police arrive", "[]", "[", "10:05 hrsx", "9 hrs", "10:05 pm hrs",
        "15.45 Uhrzeit", "25 Uhr", "9 Uhr Uhr", "9 h", "9 Uhrzeit", "15.45 h h", "3.45pm Uhr", "15.45 Uhr Uhr",
    ])
    func rejectsOtherLines(line: String) {
        #expect(TimeOfDay.parseLine(line) == nil)
    }

    /// The structure reads only the lines `mayBeTimeLine` lets through: it must let through
    /// every line `parseLine` reads as a time, white space of any kind around it included.
    @Test func bytesTellEveryTimeLine() {
        var random = SplitMix(state: 5)
        let pieces = ["1", "9", "12", "05", ".", ":", "53", "30", "am", "pm", "PM", " ", "\u{00A0}", "\u{2009}", "\t",
                      "BST", "GMT", "CEST", "x", "At", "é", "“", "0", "\u{FFFD}", "a.m.", "p.m.", "ET", ",", "Sept.", "2022",
                      "March", "Jan", "at", "May", "Tue", "Monday", "4", "-", "/", "T", "h", "Z", "+", "June", "2019", "th",
                      "Today", "Yesterday", "0812", "[", "]", "hrs", "Uhr", "uur"]
        for _ in 0..<20_000 {
            var line = ""
            for _ in 0..<Int.random(in: 0..<8, using: &random) { line += pieces.randomElement(using: &random) ?? "" }
            switch Int.random(in: 0..<6, using: &random) {
            case 0: line = "9.41am BST" + line
            case 1: line = "Sept. 28, " + line
            case 2: line = "Tue 4 Jun " + line
            case 3: line = "2019-06-04" + line
            case 4: line = "[" + line
            default: break
            }
            let bytes = Array(line.utf8)
            if TimeOfDay.parseLine(line) != nil {
                #expect(bytes.withUnsafeBufferPointer(TimeOfDay.mayBeTimeLine), "\(line.debugDescription)")
            }
        }
        for line in ["12.53pm BST", "\u{00A0}19.30 GMT", "  7.19am  ", "18:00"] {
            #expect(Array(line.utf8).withUnsafeBufferPointer(TimeOfDay.mayBeTimeLine))
        }
        for line in ["Junior doctors", "at 9.41am", String(repeating: "1", count: 4 * TimeOfDay.longestTimeLine + 1), "Mayor 3", "Marching 3", "Decided 3", "The 10:05", "Sundays 10:05"] {
            #expect(!Array(line.utf8).withUnsafeBufferPointer(TimeOfDay.mayBeTimeLine))
        }
    }

    @Test func twentyFourHourForm() {
        #expect(TimeOfDay(minutes: 5 * 60 + 9).twentyFourHour == "05:09")
    }
}
