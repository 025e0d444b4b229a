package com.fanbase.demo;

/**
 * Given and family names per country, with their diacritics and particles on purpose:
 * "Jürgen Müller", "Sanne de Vries" and "Siobhan O'Brien" exercise encoding, escaping and
 * matching downstream. {@link #emailPart(String)} folds them to plain ASCII.
 */
final class PersonNames {

	private static final String[] DE_FIRST = { "Anna", "Lena", "Leonie", "Marie", "Sophie", "Hannah", "Lea", "Julia",
			"Katharina", "Jana", "Sabine", "Ute", "Lukas", "Jonas", "Felix", "Maximilian", "Paul", "Tim", "Jan",
			"Niklas", "Jürgen", "Stefan", "Matthias", "Björn", "Emre", "Mehmet" };

	private static final String[] DE_LAST = { "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
			"Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
			"Neumann", "Schwarz", "Zimmermann", "Krüger", "Hofmann", "Hartmann", "Lange", "Yılmaz", "Özdemir" };

	private static final String[] NL_FIRST = { "Emma", "Sanne", "Lotte", "Fleur", "Julia", "Sophie", "Anouk", "Eva",
			"Daan", "Sem", "Lars", "Bram", "Thijs", "Jesse", "Ruben", "Joost", "Maarten", "Sven" };

	private static final String[] NL_LAST = { "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
			"Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
			"van Leeuwen" };

	private static final String[] FR_FIRST = { "Camille", "Léa", "Manon", "Chloé", "Inès", "Hélène", "Élodie", "Louise",
			"Lucas", "Hugo", "Louis", "Théo", "Nathan", "François", "Jérôme", "Mathis", "Raphaël", "Adrien" };

	private static final String[] FR_LAST = { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
			"Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Fournier", "Girard",
			"Bonnet" };

	private static final String[] ES_FIRST = { "Lucía", "María", "Paula", "Sofía", "Carmen", "Laura", "Marta", "Elena",
			"Hugo", "Pablo", "Álvaro", "Javier", "Diego", "Sergio", "José", "Alejandro", "Iñigo", "Adrián" };

	private static final String[] ES_LAST = { "García", "Rodríguez", "González", "Fernández", "López", "Martínez",
			"Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez",
			"Núñez" };

	private static final String[] IT_FIRST = { "Giulia", "Sofia", "Aurora", "Alice", "Chiara", "Francesca", "Martina",
			"Elisa", "Leonardo", "Francesco", "Alessandro", "Lorenzo", "Matteo", "Andrea", "Niccolò", "Davide", "Luca",
			"Simone" };

	private static final String[] IT_LAST = { "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
			"Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano",
			"Lombardi" };

	private static final String[] GB_FIRST = { "Olivia", "Amelia", "Isla", "Ava", "Emily", "Grace", "Chloe", "Siobhan",
			"Priya", "Oliver", "George", "Harry", "Jack", "Charlie", "Thomas", "James", "Oscar", "Rhys", "Callum",
			"Arjun" };

	private static final String[] GB_LAST = { "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
			"Wilson", "Thomas", "Johnson", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "O'Brien",
			"MacDonald", "Patel", "Khan", "Hughes" };

	private PersonNames() {
	}

	static String first(Country country, Rng rng) {
		return rng.pick(switch (country) {
			case DE, AT -> DE_FIRST;
			case NL -> NL_FIRST;
			case FR -> FR_FIRST;
			case ES -> ES_FIRST;
			case IT -> IT_FIRST;
			case GB -> GB_FIRST;
		});
	}

	static String last(Country country, Rng rng) {
		return rng.pick(switch (country) {
			case DE, AT -> DE_LAST;
			case NL -> NL_LAST;
			case FR -> FR_LAST;
			case ES -> ES_LAST;
			case IT -> IT_LAST;
			case GB -> GB_LAST;
		});
	}

	/**
	 * "Jürgen" becomes "juergen", "O'Brien" becomes "obrien", "de Vries" becomes
	 * "devries".
	 */
	static String emailPart(String name) {
		StringBuilder folded = new StringBuilder(name.length() + 2);
		for (int i = 0; i < name.length(); i++) {
			char c = Character.toLowerCase(name.charAt(i));
			if (c >= 'a' && c <= 'z') {
				folded.append(c);
			}
			else {
				folded.append(fold(c));
			}
		}
		return folded.toString();
	}

	private static String fold(char c) {
		return switch (c) {
			case 'ä' -> "ae";
			case 'ö' -> "oe";
			case 'ü' -> "ue";
			case 'ß' -> "ss";
			case 'à', 'á', 'â' -> "a";
			case 'ç' -> "c";
			case 'è', 'é', 'ê', 'ë' -> "e";
			case 'ı', 'ì', 'í', 'î', 'ï' -> "i";
			case 'ñ' -> "n";
			case 'ò', 'ó', 'ô' -> "o";
			case 'ù', 'ú', 'û' -> "u";
			default -> "";
		};
	}

}
