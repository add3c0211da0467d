// The demo page: attaches the binding, fills examples, and stands in for the marketplace's server.
import { attachToForm } from './knockoff-form.js';

const form = document.getElementById('listing');
const params = new URLSearchParams(location.search);
const blockAt = params.get('blockAt') ?? 'high';
const debounceMs = Number(params.get('debounceMs') ?? 250);
const binding = attachToForm(form, { blockAt, debounceMs });
window.knockoffForm = binding; // for the console and tests

const raw = document.getElementById('raw');
form.addEventListener('knockoff:validated', (e) => { raw.textContent = JSON.stringify(e.detail, null, 2); });

// A real marketplace would let the form post; the demo stops here and says what happened.
const submitted = document.getElementById('submitted');
form.addEventListener('submit', (e) => {
  e.preventDefault();
  submitted.hidden = false;
  submitted.textContent = `Listing “${form.elements.title.value}” submitted. (Demo: nothing was sent anywhere.)`;
});
form.addEventListener('input', () => { submitted.hidden = true; });

const examples = {
  fake: {
    title: 'G U C C I belt, gold buckle, men',
    brand: '', category: 'Belts', price: '25', currency: 'USD',
    description: 'Brand new, never worn. Comes with box and dust bag. Fast shipping.',
    seller: 'Luxe Deals 88',
  },
  honest: {
    title: 'Gucci GG Marmont small matelassé shoulder bag, black leather',
    brand: 'Gucci', category: 'Handbags', price: '1890', currency: 'USD',
    description: 'Bought at the Gucci boutique in 2024, worn twice. Original receipt, dust bag and box included.',
    seller: 'Anna’s closet',
  },
  case: {
    title: 'Clear shockproof case compatible with Apple iPhone 15 Pro',
    brand: 'Generic', category: 'Phone cases & accessories', price: '12.99', currency: 'USD',
    description: 'Slim TPU bumper case for Apple iPhone 15 Pro. Raised edges protect the camera.',
    seller: 'CaseWorks',
  },
  clear: { title: '', brand: '', category: '', price: '', currency: 'USD', description: '', seller: '' },
};
for (const button of document.querySelectorAll('[data-example]')) {
  button.addEventListener('click', () => {
    for (const [name, value] of Object.entries(examples[button.dataset.example])) {
      form.elements[name].value = value;
    }
    form.elements.title.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
