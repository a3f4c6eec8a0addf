import type { MessageTree } from '../i18n/fr';

const fr = {
  title: 'Demander un espace Orga',
  intro:
    "Votre structure n'a pas encore d'espace Orga ? Décrivez-la : le support Pix emploi étudiera votre demande, puis créera l'espace et vous en nommera administrateur.",
  sections: {
    structure: 'Votre structure',
    address: 'Adresse',
    mandate: 'Mandat de la direction',
  },
  fields: {
    name: 'Nom de la structure',
    type: 'Type de structure',
    siret: 'SIRET',
    siretHint: '14 chiffres, espaces acceptés',
    network: 'Réseau',
    noNetwork: 'Aucun réseau',
    street: 'Rue',
    postalCode: 'Code postal',
    city: 'Ville',
    department: 'Département',
    region: 'Région',
    directorName: 'Nom du directeur ou de la directrice',
    mandate: 'Je certifie agir avec le mandat du directeur ou de la directrice de la structure pour demander la création de son espace Orga.',
  },
  fieldErrors: {
    required: 'Champ obligatoire.',
    mandate: 'Cochez cette case : la demande doit être faite avec le mandat de la direction.',
    siret: 'Ce SIRET est invalide : vérifiez les 14 chiffres (la clé de contrôle ne correspond pas).',
    network: "Ce réseau n'existe pas.",
    tooLong: 'Texte trop long.',
    invalid: 'Valeur invalide.',
  },
  submit: 'Envoyer la demande',
  sending: 'Envoi…',
  sent: {
    title: 'Demande envoyée',
    body: 'Votre demande pour « %{name} » est bien enregistrée. Le support Pix emploi va l\'étudier ; vous recevrez un e-mail quand elle sera acceptée (avec le lien pour rejoindre votre espace) ou refusée (avec le motif). Votre page d\'accueil suit son état et vous mènera à votre espace dès son acceptation.',
    back: "Retour à l'accueil",
  },
  card: {
    title: "Votre structure n'a pas encore d'espace Orga",
    body: "Vous n'êtes membre d'aucune organisation. Si un collègue a déjà un espace, demandez-lui une invitation ; sinon, demandez la création de l'espace de votre structure.",
    link: 'Demander un espace Orga',
  },
  pending: {
    title: "Votre demande d'espace Orga est en cours d'étude",
    body: 'Votre demande pour « %{name} », envoyée le %{date}, attend la réponse du support Pix emploi. Dès qu\'elle sera acceptée, cette page vous mènera à votre espace (vous recevrez aussi un e-mail).',
    onlyOne: "Une seule demande à la fois : attendez la réponse avant d'en envoyer une autre.",
  },
  ready: {
    title: 'Votre espace Orga « %{name} » est prêt',
    body: 'Le support Pix emploi a accepté votre demande. Rejoignez votre espace : vous en serez administrateur et pourrez y inviter vos collègues.',
    join: 'Rejoindre mon espace',
  },
  approved: {
    title: 'Votre demande pour « %{name} » a été acceptée',
    body: "L'invitation envoyée par e-mail n'est plus valable (expirée ou déjà utilisée). Si vous n'avez pas encore rejoint l'espace, écrivez au support pour qu'il vous la renvoie.",
  },
  rejected: {
    title: 'Votre demande pour « %{name} » a été refusée',
    reason: 'Motif : %{reason}',
    again: 'Faire une nouvelle demande',
  },
};

const en: MessageTree<typeof fr> = {
  title: 'Request an Orga space',
  intro:
    'Your organisation has no Orga space yet? Describe it: Pix emploi support will review your request, then create the space and make you its administrator.',
  sections: {
    structure: 'Your organisation',
    address: 'Address',
    mandate: "Director's mandate",
  },
  fields: {
    name: 'Organisation name',
    type: 'Organisation type',
    siret: 'SIRET',
    siretHint: '14 digits, spaces allowed',
    network: 'Network',
    noNetwork: 'No network',
    street: 'Street',
    postalCode: 'Postal code',
    city: 'City',
    department: 'Department',
    region: 'Region',
    directorName: "Director's name",
    mandate: "I certify that I act with the mandate of the organisation's director to request its Orga space.",
  },
  fieldErrors: {
    required: 'Required.',
    mandate: "Tick this box: the request must be made with the director's mandate.",
    siret: 'This SIRET is invalid: check the 14 digits (the check key does not match).',
    network: 'This network does not exist.',
    tooLong: 'Text too long.',
    invalid: 'Invalid value.',
  },
  submit: 'Send the request',
  sending: 'Sending…',
  sent: {
    title: 'Request sent',
    body: 'Your request for "%{name}" is recorded. Pix emploi support will review it; you will receive an e-mail when it is approved (with the link to join your space) or rejected (with the reason). Your home page follows it and will lead you to your space once approved.',
    back: 'Back to the home page',
  },
  card: {
    title: 'Your organisation has no Orga space yet',
    body: 'You are not a member of any organisation. If a colleague already has a space, ask them for an invitation; otherwise, request your organisation\'s space.',
    link: 'Request an Orga space',
  },
  pending: {
    title: 'Your Orga space request is under review',
    body: 'Your request for "%{name}", sent on %{date}, is waiting for Pix emploi support. As soon as it is approved, this page will lead you to your space (you will also receive an e-mail).',
    onlyOne: 'One request at a time: wait for the answer before sending another one.',
  },
  ready: {
    title: 'Your Orga space "%{name}" is ready',
    body: 'Pix emploi support approved your request. Join your space: you will be its administrator and can invite your colleagues.',
    join: 'Join my space',
  },
  approved: {
    title: 'Your request for "%{name}" was approved',
    body: 'The invitation sent by e-mail is no longer valid (expired or already used). If you have not joined the space yet, write to support to have it sent again.',
  },
  rejected: {
    title: 'Your request for "%{name}" was rejected',
    reason: 'Reason: %{reason}',
    again: 'Send a new request',
  },
};

/** `orga.creationRequest.*`: the "Demander un espace Orga" page and its dashboard card (guide p.50). */
export const creationRequestMessages = { fr, en };
