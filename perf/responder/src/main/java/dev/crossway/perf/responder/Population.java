package dev.crossway.perf.responder;

import java.time.LocalDate;

/**
 * Generated patients, a pure function of their index: 100 first names x 100 family names give
 * 10,000 distinct name pairs, each with its own birth date, address and phone. Names that are
 * never registered (for no-match queries) use family names from another list.
 */
final class Population {

    static final String[] MALE = {"James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
            "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
            "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary",
            "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory",
            "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis", "Jerry"};
    static final String[] FEMALE = {"Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica",
            "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna",
            "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura",
            "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma", "Nicole", "Helen",
            "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Maria", "Heather"};
    static final String[] FAMILY = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
            "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
            "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
            "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
            "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips",
            "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales",
            "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly",
            "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett",
            "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross",
            "Foster", "Jimenez"};
    static final String[] UNKNOWN_FAMILY = {"Quixotebottom", "Zebrowski", "Vandersloot", "Pumpernickel", "Xanthopoulos",
            "Wolfeschlegel", "Oyelaran", "Thistlewaite", "Krzyzanowski", "Abernathy-Quill"};
    static final String[] STREETS = {"Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Pine St", "Elm St", "Washington Ave",
            "Lake Rd", "Hill St", "Park Ave"};
    static final String[][] CITIES = {{"Springfield", "IL", "62701"}, {"Madison", "WI", "53703"}, {"Columbus", "OH", "43215"},
            {"Austin", "TX", "78701"}, {"Denver", "CO", "80202"}, {"Portland", "OR", "97204"}, {"Raleigh", "NC", "27601"},
            {"Albany", "NY", "12207"}, {"Boise", "ID", "83702"}, {"Tucson", "AZ", "85701"}};

    record Person(String id, String first, String last, LocalDate dob, String sex, String street, String city, String state,
                  String zip, String phone) {
        String genderCode() {
            return sex.equals("Male") ? "M" : "F";
        }
    }

    private Population() {
    }

    static Person person(int i) {
        boolean male = (i & 1) == 0;
        String first = (male ? MALE : FEMALE)[(i / 2) % 50];
        String last = FAMILY[(i / 100) % 100];
        long h = mix(i);
        LocalDate dob = LocalDate.of(1930, 1, 1).plusDays(Math.floorMod(h, 29_000));
        String[] city = CITIES[(int) Math.floorMod(h >>> 20, 10)];
        String street = (100 + Math.floorMod(h >>> 8, 9000)) + " " + STREETS[(int) Math.floorMod(h >>> 32, 10)];
        String phone = String.format("555-%03d-%04d", 100 + Math.floorMod(h >>> 40, 900), Math.floorMod(i, 10_000));
        return new Person("P" + i, first, last, dob, male ? "Male" : "Female", street, city[0], city[1], city[2], phone);
    }

    /** Somebody who is not registered: a family name from another list, any birth date. */
    static Person stranger(int i) {
        Person p = person(i);
        return new Person("X" + i, p.first(), UNKNOWN_FAMILY[i % UNKNOWN_FAMILY.length] + (char) ('a' + (i / 10) % 26),
                p.dob().minusDays(1 + i % 300), p.sex(), p.street(), p.city(), p.state(), p.zip(), p.phone());
    }

    private static long mix(long x) {
        x += 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }
}
