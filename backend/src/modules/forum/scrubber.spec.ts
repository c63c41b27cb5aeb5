import { isValidCedula, isValidDni, isValidIban, isValidNie, PII_LABELS, scrubPersonalData, type PiiKind, type ScrubResult } from './scrubber';

/** The masked items as "kind:original", after checking that every offset slices the original text back. */
function items(text: string, result: ScrubResult = scrubPersonalData(text)): string[] {
  for (const item of result.masked) expect(text.slice(item.start, item.end)).toBe(item.original);
  return result.masked.map((item) => `${item.kind}:${item.original}`);
}

/** The one item masked in `text`, which must be exactly `original` of `kind`. */
function expectOnly(text: string, kind: PiiKind, original: string): void {
  expect(items(text)).toEqual([`${kind}:${original}`]);
}

const KINDS: PiiKind[] = ['dni', 'nie', 'nif', 'cedula', 'passport', 'phone', 'email', 'iban', 'address'];
const IBANS = ['ES91 2100 0418 4502 0005 1332', 'ES9121000418450200051332', 'ES76 2077 0024 0031 0257 5766', 'DE89 3704 0044 0532 0130 00'];

function expectUntouched(text: string): void {
  const result = scrubPersonalData(text);
  expect(result.masked).toEqual([]);
  expect(result.text).toBe(text);
}

describe('validators', () => {
  it('checks DNI letters (number mod 23)', () => {
    // Computed by hand: 12345678 mod 23 = 14 → Z; 87654321 mod 23 = 10 → X; 1 → R; 45678912 mod 23 = 15 → S.
    for (const dni of ['12345678Z', '87654321X', '00000001R', '45678912S', '12.345.678-Z', '12.345.678.Z', '12 345 678 Z', '12345678-z']) expect(isValidDni(dni)).toBe(true);
    for (const dni of ['12345678A', '1234567Z', '123456789Z', 'X1234567L', '', 'ZZZZZZZZZ']) expect(isValidDni(dni)).toBe(false);
  });

  it('checks NIE letters with X→0, Y→1, Z→2', () => {
    // X1234567: 01234567 mod 23 = 19 → L; Y1234567: 11234567 mod 23 = 10 → X; Z1234567: 21234567 mod 23 = 16 → R.
    for (const nie of ['X1234567L', 'Y1234567X', 'Z1234567R', 'X7654321J', 'Y7654321G', 'X-1234567-L', 'y 1234567 x', 'X.1234567.L', 'X-1.234.567-L'])
      expect(isValidNie(nie)).toBe(true);
    for (const nie of ['X1234567A', 'Y1234567L', 'W1234567L', 'X123456L', '12345678Z']) expect(isValidNie(nie)).toBe(false);
  });

  it('checks Ecuadorian cédulas: province, third digit and modulo-10 check digit', () => {
    // 1710034065: 2+7+2+0+0+3+8+0+(12-9) = 25 → (10 - 5) % 10 = 5.
    for (const cedula of ['1710034065', '171003406-5', '0912345675', '0923456784', '3012345678', '0102030400']) expect(isValidCedula(cedula)).toBe(true);
    expect(isValidCedula('1710034066')).toBe(false); // wrong check digit
    expect(isValidCedula('2510034065')).toBe(false); // province 25 does not exist (check digit right)
    expect(isValidCedula('1760034064')).toBe(false); // third digit 6 is a public body (check digit right)
    expect(isValidCedula('0991234567')).toBe(false); // a mobile phone: third digit 9
    expect(isValidCedula('171003406')).toBe(false);
    expect(isValidCedula('1710034065001')).toBe(false); // a RUC is not a cédula
  });

  it('checks IBANs with mod 97, spaces and hyphens allowed', () => {
    for (const iban of [...IBANS, 'es91 2100 0418 4502 0005 1332', 'GB82 WEST 1234 5698 7654 32', 'ES91-2100-0418-4502-0005-1332', 'ES 91 2100 0418 4502 0005 1332'])
      expect(isValidIban(iban)).toBe(true);
    for (const iban of ['ES91 2100 0418 4502 0005 1333', 'ES92 2100 0418 4502 0005 1332', 'ES91 2100 0418 4502 0005 133', 'GB82 WEST 1234 5698 7654 33', 'ES91', 'ES91-2100-0418-4502-0005-1333'])
      expect(isValidIban(iban)).toBe(false);
  });

  it('never throws on junk', () => {
    for (const check of [isValidDni, isValidNie, isValidCedula, isValidIban]) {
      for (const junk of ['', ' ', '-', '\u0000', '😀'.repeat(10), '9'.repeat(10_000), undefined as unknown as string, 42 as unknown as string])
        expect(check(junk)).toBe(false);
    }
  });
});

describe('PII_LABELS', () => {
  it('explains every kind in both languages', () => {
    expect(PII_LABELS.es.nie).toBe('número de identidad de extranjero (NIE)');
    for (const locale of ['es', 'en'] as const) {
      for (const kind of KINDS) expect(PII_LABELS[locale][kind]).toMatch(/\w{3}/);
    }
  });
});

describe('scrubPersonalData: Spanish identity numbers', () => {
  it.each(['12345678Z', '12345678-Z', '12.345.678-Z', '12.345.678.Z', '12345678.Z', '12 345 678 Z', '12345678z', '87654321X'])('masks the DNI %s', (dni) => {
    const text = `Mi DNI es ${dni}, ¿sirve?`;
    expect(scrubPersonalData(text).text).toBe('Mi DNI es [DNI oculto], ¿sirve?');
    expectOnly(text, 'dni', dni);
  });

  it.each(['12345678A', '12.345.678-B', '1234567Z', '123456789Z', 'A12345678Z', '12345678ZA'])('leaves %s alone (bad letter or not a DNI)', (value) => {
    expectUntouched(`Número ${value} en la solicitud.`);
  });

  it('does not read a number and the word "a" as a DNI', () => {
    expect(isValidDni('12345678A')).toBe(false); // so take one whose lower-case letter would be valid: 00000001R
    expectUntouched('Pagué 00000001 r veces');
  });

  it('does not read a dotted number and a lower-case letter as a DNI (a sub-paragraph)', () => {
    expectUntouched('Véase el punto 00.000.001.r del anexo.');
  });

  it.each(['X1234567L', 'X-1234567-L', 'Y 1234567 X', 'Z1234567R', 'x1234567l', 'X.1234567.L', 'X-1.234.567-L', 'X 1.234.567 L', 'X.1234567-L', 'X1.234.567L'])(
    'masks the NIE %s',
    (nie) => {
      const text = `Tengo el NIE ${nie} desde 2019.`;
      expect(scrubPersonalData(text).text).toBe('Tengo el NIE [NIE oculto] desde 2019.');
      expectOnly(text, 'nie', nie);
    },
  );

  it('does not read "y 1.234.567 a" as a NIE (a lower-case letter after a space is a word)', () => {
    expect(isValidNie('x 1.234.567 l')).toBe(true);
    expectUntouched('Tengo el NIE x 1.234.567 l desde 2019.');
    expectUntouched('Entre 500.000 y 1.234.567 a los que se les denegó.');
  });

  it.each(['X1234567A', 'Y-1234567-L', 'Z 1234567 Z', 'X12345678L', 'X.1234567.A', 'X-1.234.567-A', 'X-12.345.678-L'])('leaves the invalid NIE %s alone', (value) => {
    expectUntouched(`Tengo el NIE ${value} desde 2019.`);
  });

  it('masks K/L/M NIFs with a valid letter only', () => {
    // 1234567 mod 23 = 19 → L; 7654321 mod 23 = 9 → J.
    expectOnly('NIF K1234567L para el banco', 'nif', 'K1234567L');
    expectOnly('NIF M-7654321-J para el banco', 'nif', 'M-7654321-J');
    expect(scrubPersonalData('NIF K1234567L').text).toBe('NIF [NIF oculto]');
    expectUntouched('NIF K1234567M para el banco');
  });
});

describe('scrubPersonalData: Ecuadorian cédula and RUC', () => {
  it.each(['1710034065', '171003406-5', '0912345675', '3012345678'])('masks the cédula %s', (cedula) => {
    const text = `Mi cédula ecuatoriana es ${cedula}.`;
    expect(scrubPersonalData(text).text).toBe('Mi cédula ecuatoriana es [cédula oculta].');
    expectOnly(text, 'cedula', cedula);
  });

  it('masks a natural person RUC (cédula + 001) as a cédula', () => {
    expectOnly('RUC 1710034065001 del negocio', 'cedula', '1710034065001');
    expectUntouched('RUC 1710034065002 del negocio');
  });

  it.each([
    ['1710034066', 'wrong check digit'],
    ['2510034065', 'province 25'],
    ['1760034064', 'third digit 6'],
  ])('leaves %s alone (%s)', (value) => {
    expectUntouched(`Cédula ${value} según el consulado.`);
  });

  it('reads an invalid 10-digit number starting with 09 as a mobile phone', () => {
    expectOnly('Llámame al 0991234567 por favor', 'phone', '0991234567');
  });
});

describe('scrubPersonalData: phones', () => {
  it.each([
    '612345678',
    '612 34 56 78',
    '612-345-678',
    '612 345 678',
    '612.345.678',
    '+34 612 345 678',
    '+34612345678',
    '0034 612 345 678',
    '(+34) 612 345 678',
    '91 123 45 67',
    '912 345 678',
    '+34 91 123 45 67',
    '712345678',
    '+593 99 123 4567',
    '+593 2 234 5678',
    '+593991234567',
    '0991234567',
    '099 123 4567',
    '099-123-4567',
    '02 234 5678',
    '(02) 234 5678',
    '+1 (212) 555-1234',
    '+44 20 7946 0958',
    '(+593) 99 123 4567',
    '(+593) 2 234 5678',
    '593 99 123 4567',
    '593991234567',
    '593-99-123-4567',
    '593 2 234 5678',
    '0998 123 456',
    '0987-654-321',
    '0034-612-345-678',
  ])('masks %s', (phone) => {
    const text = `Mi número es ${phone}, llamad por la tarde.`;
    expect(scrubPersonalData(text).text).toBe('Mi número es [teléfono oculto], llamad por la tarde.');
    expectOnly(text, 'phone', phone);
  });

  it('masks two phones written side by side', () => {
    expect(items('móviles 612345678 699123456')).toEqual(['phone:612345678', 'phone:699123456']);
  });

  it.each([
    ['Escríbeme a wa.me/34612345678 cuando quieras.', 'Escríbeme a wa.me/[teléfono oculto] cuando quieras.', '34612345678'],
    ['[WhatsApp](https://wa.me/593991234567)', '[WhatsApp](https://wa.me/[teléfono oculto])', '593991234567'],
    ['https://wa.me/34612345678?text=Hola%20abogada', 'https://wa.me/[teléfono oculto]?text=Hola%20abogada', '34612345678'],
    ['api.whatsapp.com/send?phone=34612345678', 'api.whatsapp.com/send?phone=[teléfono oculto]', '34612345678'],
    ['<https://api.whatsapp.com/send?text=Hola&phone=%2B34612345678>', '<https://api.whatsapp.com/send?text=Hola&phone=[teléfono oculto]>', '%2B34612345678'],
    ['[Llámame](tel:+34612345678)', '[Llámame](tel:[teléfono oculto])', '+34612345678'],
    ['tel:+34612345678', 'tel:[teléfono oculto]', '+34612345678'],
    ['[SMS](sms:0991234567)', '[SMS](sms:[teléfono oculto])', '0991234567'],
  ])('masks the number of a WhatsApp or tel link and keeps the link: %s', (text, masked, number) => {
    expect(scrubPersonalData(text).text).toBe(masked);
    expectOnly(text, 'phone', number);
  });

  it.each(['Emergencias: tel:112', 'https://wa.me/message/ABCDEF123', 'https://kiwa.me/34612345678', 'https://x.org/?phone=123'])('leaves a link without a phone alone: %s', (text) => {
    expectUntouched(text);
  });

  it.each([
    'En 2024 y 2025 no hubo cita.',
    'La cita es el 20/05/2025 a las 10:30.',
    'La cita es el 20-05-2025.',
    'El salario mínimo es de 1.184,00 € al mes, o 1.184 euros.',
    'Hay 600.000 personas afectadas.',
    'El presupuesto fue de 600.000.000 de euros.',
    'Se pagan 612 345 678 € de multas.',
    'El código postal es 28001 y el 08001.',
    'Según el artículo 124.2 del reglamento.',
    'El Real Decreto 1155/2024 reforma el reglamento.',
    'La Ley Orgánica 4/2000 y la Ley 14/2013.',
    'Publicado en el BOE-A-2024-24099.',
    'Subió un 12,5 % y un 3%.',
    'Tardan entre 3 y 6 meses, 90 días como mucho.',
    'Expediente 1 612 345 678 del registro.',
    'Referencia 2024/612345678.',
    'El artículo 593 del Código Civil.',
    'En 593 casos de 2024 y 2025.',
    'Expediente 1 593 991 234 567 del registro.',
    'Se pagan 593 991 234 567 € de multas.',
    'Referencia 593 2024 1234.',
    'Cobré 0998 euros en 2024.',
  ])('leaves ordinary numbers alone: %s', (text) => {
    expectUntouched(text);
  });
});

describe('scrubPersonalData: email', () => {
  it('masks plain addresses and keeps sentence punctuation', () => {
    const text = 'Escribidme a ana.perez+foro@correo.example.es. Gracias.';
    expect(scrubPersonalData(text).text).toBe('Escribidme a [correo oculto]. Gracias.');
    expectOnly(text, 'email', 'ana.perez+foro@correo.example.es');
  });

  it('masks the address inside a Markdown link and keeps the Markdown', () => {
    const text = 'Puedes [escríbeme](mailto:ana@example.org) o ver **mi perfil**.';
    expect(scrubPersonalData(text).text).toBe('Puedes [escríbeme](mailto:[correo oculto]) o ver **mi perfil**.');
    expectOnly(text, 'email', 'ana@example.org');
  });

  it('wins over a phone inside it', () => {
    expectOnly('contacto: 612345678@example.com', 'email', '612345678@example.com');
  });

  it.each([
    ['Escribid a maría.lópez@gmail.com por favor.', 'maría.lópez@gmail.com'],
    ['Escribid a MARÍA.LÓPEZ@GMAIL.COM por favor.', 'MARÍA.LÓPEZ@GMAIL.COM'],
    ['Escribid a mari\u0301a.lo\u0301pez@gmail.com por favor.', 'mari\u0301a.lo\u0301pez@gmail.com'], // decomposed accents
    ['Escribid a josé_ñúñez-2024@correo.es por favor.', 'josé_ñúñez-2024@correo.es'],
    ["Escribid a o'brien+foro@example.org por favor.", "o'brien+foro@example.org"],
    ['Escribid a ana!#$%&*/=?^`{|}~@example.org por favor.', 'ana!#$%&*/=?^`{|}~@example.org'],
    ['Escribid a 用户@example.org por favor.', '用户@example.org'],
  ])('masks a local part with any letter or the allowed signs: %s', (text, email) => {
    expectOnly(text, 'email', email);
  });

  it.each([
    ['[escríbeme](mailto:maría.lópez@gmail.com)', '[escríbeme](mailto:[correo oculto])'],
    ['<maría.lópez@gmail.com>', '<[correo oculto]>'],
    ['(maría.lópez@gmail.com)', '([correo oculto])'],
    ['"maría.lópez@gmail.com"', '"[correo oculto]"'],
    ["'maría.lópez@gmail.com'", "'[correo oculto]'"],
    ['«maría.lópez@gmail.com»', '«[correo oculto]»'],
    ['**maría.lópez@gmail.com**', '**[correo oculto]**'],
    ['_maría.lópez@gmail.com_', '_[correo oculto]_'],
    ['`maría.lópez@gmail.com`', '`[correo oculto]`'],
    ['Soy María lópez@gmail.com', 'Soy María [correo oculto]'],
    ['https://x.org/contacto?to=maría@gmail.com', 'https://x.org/contacto?to=[correo oculto]'],
  ])('stops the local part at whitespace, brackets, quotes, markers and URLs: %s', (text, masked) => {
    expect(scrubPersonalData(text).text).toBe(masked);
    expect(scrubPersonalData(text).masked.map((item) => item.kind)).toEqual(['email']);
  });

  it('leaves a profile handle in a URL alone', () => {
    expectUntouched('Me sigue https://medium.com/@ana.perez y @maría en el foro');
  });

  it.each(['usa @abogado en el foro', 'correo@sin-dominio', 'a@b.c', '@@@', 'ana@.es'])('leaves %s alone', (text) => {
    expectUntouched(text);
  });
});

describe('scrubPersonalData: bank accounts', () => {
  it.each([...IBANS, 'ES91-2100-0418-4502-0005-1332', 'ES 91 2100 0418 4502 0005 1332', 'ES-91-2100-0418-4502-0005-1332', 'es91 2100 0418 4502 0005 1332', 'DE 89 3704 0044 0532 0130 00'])(
    'masks the IBAN %s',
    (iban) => {
      const text = `Ingresad en ${iban} antes del lunes.`;
      expect(scrubPersonalData(text).text).toBe('Ingresad en [cuenta bancaria oculta] antes del lunes.');
      expectOnly(text, 'iban', iban);
    },
  );

  it('does not swallow a following hyphenated code', () => {
    expectOnly('Cuenta ES91-2100-0418-4502-0005-1332-EUR del banco', 'iban', 'ES91-2100-0418-4502-0005-1332');
  });

  it('reads "es" and a spaced number as the verb: a space after the country code needs a capital, known country', () => {
    expect(isValidIban('ES25 2024 0001 2345 6789 0123')).toBe(true); // a reference number that happens to pass mod 97
    expectUntouched('El número de expediente es 25 2024 0001 2345 6789 0123.');
    expectUntouched('Su código de envío: QQ 25 2024 0001 2345 6789 0123.');
  });

  it('does not swallow a following word, nor the next IBAN', () => {
    const text = 'ES91 2100 0418 4502 0005 1332 EUR y ES9121000418450200051332 ABC';
    expect(items(text)).toEqual(['iban:ES91 2100 0418 4502 0005 1332', 'iban:ES9121000418450200051332']);
  });

  it.each(['ES91 2100 0418 4502 0005 1333', 'ES92 2100 0418 4502 0005 1332', 'ES91-2100-0418-4502-0005-1333', 'ES 92 2100 0418 4502 0005 1332'])('leaves the invalid IBAN %s alone', (iban) => {
    expectUntouched(`Ingresad en ${iban} antes del lunes.`);
  });

  it('masks a Spanish 20-digit account whose control digits are right', () => {
    // 2100 0418 → 00 2100 0418 weighted = 95, 11 - 95 % 11 = 4; 0200051332 weighted = 105, 11 - 105 % 11 = 5.
    expectOnly('Cuenta 2100 0418 45 0200051332 de La Caixa', 'iban', '2100 0418 45 0200051332');
    expectOnly('Cuenta 2100-0418-45-0200051332', 'iban', '2100-0418-45-0200051332');
    expectUntouched('Cuenta 2100 0418 54 0200051332 de La Caixa');
  });
});

describe('scrubPersonalData: passports', () => {
  it.each(['PAA123456', 'AAB654321', 'A1234567', 'XDA1234567'])('masks the passport-shaped %s', (passport) => {
    const text = `Con el ${passport} pedí la cita.`;
    expect(scrubPersonalData(text).text).toBe('Con el [pasaporte oculto] pedí la cita.');
    expectOnly(text, 'passport', passport);
  });

  it.each([
    ['pasaporte 123456789', '123456789'],
    ['Pasaporte nº 1234567890', '1234567890'],
    ['pasaporte n.º 0912345Q', '0912345Q'],
    ['pasaporte número: 12ab34567', '12ab34567'],
    ['Passport number 987654321AB', '987654321AB'],
    ['passport no. 55512345', '55512345'],
    ['pasaporte ecuatoriano número 1234567', '1234567'],
  ])('masks the token after the word: %s', (text, token) => {
    expectOnly(`Mi ${text} caduca.`, 'passport', token);
  });

  it.each([
    'Real Decreto 1155/2024',
    'Ley 14/2013',
    'artículo 124.2',
    'BOE-A-2024-24099',
    'RD 557/2011',
    'LO 4/2000',
    'pasaporte caducado en 2023',
    'pasaporte 12345',
    'la tasa 790 código 052',
  ])('leaves %s alone', (text) => expectUntouched(`Según ${text}, ¿qué hago?`));
});

describe('scrubPersonalData: addresses', () => {
  it.each([
    'Calle Mayor 12',
    'calle Mayor, 12, 3º B',
    'C/ Alcalá 123, 2ºA',
    'c/Pez 5',
    'Avda. de la Constitución nº 45, piso 3, puerta 4',
    'Avenida de América 10 bajo',
    'Plaza de España s/n',
    'Paseo de la Castellana 200, 1º izq.',
    'Pº de Gracia 21, 4º 2ª',
    'Calle Ramón y Cajal 7',
    'Calle de los Reyes Católicos n.º 3',
    'Ctra. de Valencia 14',
    'calle mayor nº 12',
    'calle de la paz 4, 2º B',
    'Av. Amazonas N34-451 y Atahualpa',
    'calle Oe5-12',
    'Av. 9 de Octubre 424 y Chile',
    'Av. 10 de Agosto 1234',
    'Av. 9 de Octubre 424 y Chile, piso 3',
    'c/ san bernardo, 45, 2º izda.',
    'Calle Luna 3 bajo izquierda',
    'Urbanización Los Pinos 12',
  ])('masks %s', (address) => {
    const text = `Vivo en ${address}, cerca del metro.`;
    expect(scrubPersonalData(text).text).toBe('Vivo en [dirección oculta], cerca del metro.');
    expectOnly(text, 'address', address);
  });

  it('takes a cross street only where the clause ends', () => {
    expectOnly('Vivo en Calle Mayor 5 y Juan vive al lado.', 'address', 'Calle Mayor 5');
    expectOnly('Vivo en Av. Amazonas N34-451 y Atahualpa desde 2020.', 'address', 'Av. Amazonas N34-451');
    expectOnly('(Av. Amazonas N34-451 y Atahualpa)', 'address', 'Av. Amazonas N34-451 y Atahualpa');
  });

  it.each([
    'Vivo cerca de la calle Alcalá.',
    'Trabajo en la Gran Vía desde 2019.',
    'Me mudé a la calle Alcalá el 12 de marzo.',
    'Hice el Camino de Santiago 2023 entero.',
    'Según el apartado c. Real Decreto 5 del texto.',
    'Compré una plaza de garaje nº 3.',
    'En la calle hay 2 policías.',
    'Calle Mayor 5 euros el menú.',
    'La avenida Principal 15% más cara.',
    'Plaza Mayor 12 de mayo, fiesta.',
    'Paso por la Plaza de España 2 veces por semana.',
    'Un paseo de 5 km.',
  ])('leaves %s alone', (text) => {
    expectUntouched(text);
  });
});

describe('scrubPersonalData: a whole question', () => {
  const question = [
    '## ¿Puedo pedir arraigo?',
    '',
    'Hola, tengo NIE X1234567L y mi cita de huellas es el 20/05/2025. Vivo en Calle de Alcalá 123, 3º B, Madrid.',
    'Según el artículo 124.2 del Real Decreto 1155/2024 y la Ley Orgánica 4/2000, ¿me sirve un contrato de 1.184 euros?',
    'Llamadme al 612 34 56 78 o escribid a [mi correo](mailto:ana.perez@example.org).',
  ].join('\n');

  it('masks exactly the personal data', () => {
    const result = scrubPersonalData(question);
    expect(result.text).toBe(
      [
        '## ¿Puedo pedir arraigo?',
        '',
        'Hola, tengo NIE [NIE oculto] y mi cita de huellas es el 20/05/2025. Vivo en [dirección oculta], Madrid.',
        'Según el artículo 124.2 del Real Decreto 1155/2024 y la Ley Orgánica 4/2000, ¿me sirve un contrato de 1.184 euros?',
        'Llamadme al [teléfono oculto] o escribid a [mi correo](mailto:[correo oculto]).',
      ].join('\n'),
    );
    expect(items(question, result)).toEqual(['nie:X1234567L', 'address:Calle de Alcalá 123, 3º B', 'phone:612 34 56 78', 'email:ana.perez@example.org']);
    expect(result.masked.map((item) => item.replacement)).toEqual(['[NIE oculto]', '[dirección oculta]', '[teléfono oculto]', '[correo oculto]']);
    const nie = question.indexOf('X1234567L');
    expect(result.masked[0]).toEqual({ kind: 'nie', original: 'X1234567L', replacement: '[NIE oculto]', start: nie, end: nie + 9 });
  });

  it('uses English tokens for the English locale', () => {
    expect(scrubPersonalData(question, 'en').text).toContain('NIE [NIE hidden] y');
    const text =
      'DNI 12345678Z, NIE Y1234567X, NIF K1234567L, cédula 1710034065, passport PAA123456, phone +34 612 345 678, ' +
      'ana@example.org, ES91 2100 0418 4502 0005 1332, Calle Mayor 5.';
    const result = scrubPersonalData(text, 'en');
    expect(result.text).toBe(
      'DNI [DNI hidden], NIE [NIE hidden], NIF [NIF hidden], cédula [cédula hidden], passport [passport number hidden], phone [phone number hidden], ' +
        '[email hidden], [bank account hidden], [address hidden].',
    );
    expect(result.masked.map((item) => item.kind)).toEqual(KINDS);
    expect(result.masked.map((item) => item.replacement)).toContain('[passport number hidden]');
  });

  it.each(['es', 'en'] as const)('is idempotent (%s)', (locale) => {
    const once = scrubPersonalData(question, locale).text;
    expect(scrubPersonalData(once, locale)).toEqual({ text: once, masked: [] });
    expect(scrubPersonalData(once, locale === 'es' ? 'en' : 'es')).toEqual({ text: once, masked: [] });
  });

  it('masks what masking reveals, so that a second pass finds nothing', () => {
    // The phone is glued to the NIE by a hyphen, so at first it reads as part of one code.
    expect(scrubPersonalData('X1234567L-612345678').text).toBe('[NIE oculto]-[teléfono oculto]');
    expect(items('Datos: 612 345 678 K1234567L')).toEqual(['phone:612 345 678', 'nif:K1234567L']);
  });

  it('masks new data written next to an old token (an edited post)', () => {
    expect(scrubPersonalData('Mi NIE [NIE oculto] 612345678 y [correo oculto], ana@example.org').text).toBe(
      'Mi NIE [NIE oculto] [teléfono oculto] y [correo oculto], [correo oculto]',
    );
  });

  it('is idempotent on random mixes of data, glue and tokens', () => {
    const data = ['12345678Z', 'X1234567L', '1710034065', '0991234567', '612 345 678', '+34 612345678', 'ana@example.org', 'ES9121000418450200051332'];
    const more = ['PAA123456', 'pasaporte nº A1234567', 'Calle Mayor 5', '3º B', ' y Chile', '[NIE oculto]'];
    const formats = ['X.1234567.L', 'X-1.234.567-L', '12.345.678.Z', 'ES91-2100-0418-4502-0005-1332', 'ES 91 2100 0418 4502 0005 1332', '(+593) 99 123 4567'];
    const links = ['593 99 123 4567', '0998 123 456', 'wa.me/', 'tel:', '?phone=', 'maría.lópez@gmail.com', 'ñ', '6**1**2345678', '&#54;'];
    const markers = ['**', '_', '~', '\\', '\\-', '&amp;', '&nbsp;', '&#', ';', '\u200b', '\u00ad', '<!--', '-->', '<!-- -->', '️⃣'];
    const pieces = [...data, ...more, ...formats, ...links, ...markers, ' ', '-', '/', ',', '.', '1', '2024', '€', '(', ']', '@', '+'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + (i % 8) }, () => pieces[next()]).join('');
      const once = scrubPersonalData(text);
      items(text, once);
      expect(scrubPersonalData(once.text)).toEqual({ text: once.text, masked: [] });
    }
  });

  it('leaves every token as it is', () => {
    expectUntouched(
      '[DNI oculto] [NIE oculto] [NIF oculto] [cédula oculta] pasaporte nº [pasaporte oculto] [teléfono oculto] ' +
        '[correo oculto] [cuenta bancaria oculta] [dirección oculta]',
    );
    expectUntouched('[DNI hidden] [passport number hidden] [phone number hidden] [email hidden] [bank account hidden] [address hidden]');
  });

  it('returns the masked items sorted by position without overlaps', () => {
    const text = 'ana@example.org 612345678 X1234567L Calle Mayor 5 ES9121000418450200051332 1710034065 PAA123456 12345678Z';
    const { masked } = scrubPersonalData(text);
    expect(masked.map((item) => item.kind)).toEqual(['email', 'phone', 'nie', 'address', 'iban', 'cedula', 'passport', 'dni']);
    for (let i = 1; i < masked.length; i++) expect(masked[i].start).toBeGreaterThanOrEqual(masked[i - 1].end);
  });
});

describe('scrubPersonalData: what renders as data', () => {
  it.each([
    '6**1**2345678',
    '6*1*2345678',
    '6_1_2345678',
    '6__1__2345678',
    '6~1~2345678',
    '6\\_1\\_2345678',
    '612\\-345\\-678',
    '612 **345** 678',
    '+**34** 612 345 678',
    '&#54;12345678',
    '&#x36;12345678',
    '6&ast;1&ast;2345678',
    '612&nbsp;345&nbsp;678',
    '612&#32;345&#x20;678',
    '6\u200b12345678',
    '6\u200c1\u200d2\u2060345678',
    '6\ufeff12345678',
    '612\u00ad345\u00ad678',
    '6&shy;12345678',
    '6&ZeroWidthSpace;12345678',
    '612\u00a0345\u202f678',
    '6<!-- -->12345678',
    '6<!---->1<!-- otro -->2345678',
    '6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣',
  ])('masks the phone %s, markers and all', (phone) => {
    const text = `Mi número es ${phone}, llamad por la tarde.`;
    expect(scrubPersonalData(text).text).toBe('Mi número es [teléfono oculto], llamad por la tarde.');
    expectOnly(text, 'phone', phone);
  });

  it.each([
    ['NIE X&#49;234567L', 'nie', 'X&#49;234567L'],
    ['NIE X12**345**67L', 'nie', 'X12**345**67L'],
    ['DNI 1234\u200b5678Z', 'dni', '1234\u200b5678Z'],
    ['correo ana&#64;example.org', 'email', 'ana&#64;example.org'],
    ['correo ana&commat;example&period;org', 'email', 'ana&commat;example&period;org'],
    ['correo mar&iacute;a@gmail.com', 'email', 'mar&iacute;a@gmail.com'],
    ['cuenta ES91&nbsp;2100&nbsp;0418&nbsp;4502&nbsp;0005&nbsp;1332', 'iban', 'ES91&nbsp;2100&nbsp;0418&nbsp;4502&nbsp;0005&nbsp;1332'],
    ['cédula 17100**3406**5', 'cedula', '17100**3406**5'],
    ['tel <!-- x -->+34 612 345 678', 'phone', '+34 612 345 678'],
  ])('reads other data as rendered: %s', (text, kind, original) => {
    expectOnly(text, kind as PiiKind, original);
  });

  it('maps the masked span back over the markers', () => {
    const text = 'Llama al 6**1**2345678 hoy';
    const { masked } = scrubPersonalData(text);
    expect(masked).toEqual([{ kind: 'phone', original: '6**1**2345678', replacement: '[teléfono oculto]', start: 9, end: 22 }]);
  });

  it('still masks what stands apart only in the source', () => {
    // Rendered, the reference glues a letter to the NIE; the NIE is masked all the same.
    expect(scrubPersonalData('X1234567L&#97;').text).toBe('[NIE oculto]&#97;');
    expect(scrubPersonalData('612345678_1').text).toBe('[teléfono oculto]_1');
  });

  it.each([
    '**Importante**: lee esto antes de pedir cita.',
    '1. primero\n2. segundo\n3. tercero',
    'El plazo vence el *12 de mayo*.',
    'El plazo vence el _12 de mayo de 2024_.',
    '**2024** y **2025** fueron años difíciles.',
    'Según el artículo **124.2** del reglamento.',
    'Cita el **12/05/2025** a las *10:30*.',
    'La Ley Orgánica 4/2000 &amp; la Ley 14/2013.',
    '&copy; 2024 Puente &mdash; 28001 Madrid',
    'El código postal es&nbsp;28001.',
    'Entre 3*4*5 y 1_000_000 de casos.',
    'Hay 1\\.184 euros y \\*notas\\*.',
    'Ruta C:\\Users\\ana\\2024',
    '~~600.000~~ 700.000 euros',
    '<!-- borrador --> Plazo de 2024 y 2025.',
    'Un comentario sin cierre <!-- 612 y 345678',
    'R&D 2024 &#0; &#99999999; &bogus; &amp',
    '**Real Decreto** 1155/2024, *art.* 124.2',
  ])('leaves ordinary Markdown alone: %s', (text) => {
    expectUntouched(text);
  });
});

describe('scrubPersonalData: hostile input', () => {
  it.each([
    ['digits, spaces and dashes', '612 34-5 6789-0 1 2 3 45 '],
    ['letters and digits', 'X1234567 A12345 ES12 3456 calle Mayor 1 '],
    ['street words', 'Calle De La Calle Del Paseo de '],
    ['emails', 'a.b.c.d.e.f.g@h.i.j.k.l.m.n.'],
    ['plus signs', '+1 2 3 4 5 6 7 8 9 0 '],
    ['one digit run', '7'],
    ['one letter run', 'a'],
    ['dotted NIEs', 'X.1.234.567.L-Y 1.234.56 '],
    ['hyphenated IBANs', 'ES-91-2100-0418-4502 ES 12 '],
    ['Ecuadorian phones', '(+593) 593 0998 123 (02) 09 '],
    ['phone links', 'wa.me/3461234 tel:+34 ?phone=&phone=9 '],
    ['accented local parts', 'maría.lópez.ñ!#$%@'],
    ['a long accented word', 'ñ'],
    ['emphasis in numbers', '6**1_2~3\\-4 '],
    ['character references', '&#54;&amp;&#x3;&nbsp;&'],
    ['zero-width characters', '6\u200b\u00ad\ufeff'],
    ['HTML comments', '6<!-- 1 -->'],
    ['unclosed HTML comments', '<!--6'],
    ['comment ends', '-->6'],
  ])('scrubs 200 KB of %s quickly', (_name, unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const started = performance.now();
    const result = scrubPersonalData(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(typeof result.text).toBe('string');
  });

  it.each([
    ['empty', ''],
    ['separators', ' - . / , : - '],
    ['NUL characters', '\u0000612345678\u0000X1234567L\u0000'],
    ['a lone surrogate', '\uD83D612 345 678\uDC00'],
    ['a long digit run', '9'.repeat(100_000)],
    ['markup', '[](mailto:)@@ <a href="tel:+">'],
    ['broken references', '&#; &#x; &#xFFFFFFF; &#1114112; &#55296; &#12345678; &; &a;'],
    ['a lone surrogate by an @', '\uD83D@example.org \uDC00ana@example.org'],
    ['markers only', '**__~~\\*\\_<!---->'],
  ])('does not throw on %s', (_name, text) => {
    expect(() => scrubPersonalData(text)).not.toThrow();
    expect(() => scrubPersonalData(text, 'en')).not.toThrow();
  });

  it('handles emoji around data', () => {
    expect(scrubPersonalData('📞 612 345 678 📧 ana@example.org 🇪🇨').text).toBe('📞 [teléfono oculto] 📧 [correo oculto] 🇪🇨');
    expect(scrubPersonalData('📞612345678').text).toBe('📞[teléfono oculto]');
  });

  it('keeps NUL characters and masks what they separate', () => {
    expect(scrubPersonalData('\u0000612345678\u0000X1234567L\u0000').text).toBe('\u0000[teléfono oculto]\u0000[NIE oculto]\u0000');
  });

  it('returns an empty result for what is not a string', () => {
    expect(scrubPersonalData(undefined as unknown as string)).toEqual({ text: '', masked: [] });
    expect(scrubPersonalData(null as unknown as string)).toEqual({ text: '', masked: [] });
  });
});
